"""Print a word set as Python source (a frozenset of a wrapped triple-quoted string), for
the generated modules under encoder/names/."""


def print_word_set(name: str, words, *, base: str | None = None, width: int = 88) -> None:
    """``NAME = [BASE |] frozenset(\"\"\" words... \"\"\".split())``, lines kept under width."""
    print(f"{name} = {base + ' | ' if base else ''}frozenset(")
    print('    """')
    line = ""
    for word in words:
        if len(line) + len(word) + 1 > width:
            print(line)
            line = ""
        line = f"{line} {word}" if line else word
    print(line)
    print('    """.split()')
    print(")")
