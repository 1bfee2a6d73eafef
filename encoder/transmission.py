"""Transmission metadata: who sent, relayed and received each message, where and when.

Read from what the structure and the taggers found, never from the raw text alone: the
sender is the person in a message's signature, the recipient the person in its address
(salute), the place of sending the place in a "From ..." or "Place, date" dateline, the
times those of "Received ..." / "Sent ..." lines. A message quoted inside another was
*transmitted* by the sender of the message that quotes it, at the time stated in the
paragraph that introduces it. Only what the text states is said.
"""

from __future__ import annotations

import re
from typing import Callable

from .model import DateMention, DateValue, NameMention, Span
from .tei import Action, Correspondence

__all__ = ["assign_ids", "find_correspondence"]

RECEIVED = re.compile(r"^\W*(?:received|arrived|incoming|deciphered)\b", re.I)
SENT = re.compile(r"^\W*(?:sent|dispatched|despatched|transmitted|outgoing|departed)\b", re.I)
FROM_PLACE = re.compile(r"^\W*from\b", re.I)
RELAY = re.compile(r"\b(?:received|following|transmit|forward|relay|pass(?:ed|ing)? on|conveyed?|text of)\b", re.I)
REPLY = re.compile(
    r"\b(?:to|re|reference|ref|in reply to|in answer to|answering|your|my|our)\b[^.\n]{0,20}?"
    r"(?P<ref>(?:\[?(?:ciphered\s+)?(?:telegram|tel|cable|deptel|embtel|reftel|letter)\]?\s*)?(?:No\.|Nº|№|#)\s*\d[\w/.-]*(?:\s*\([^)\n]{1,40}\))?)",
    re.I,
)
TITLE_PARTIES = re.compile(r"(?:\bfrom\s+)?(?P<sender>[^,;]+?)\s+to\s+(?P<recipient>[^,;]+)", re.I)


def within(inner: Span | NameMention | DateMention, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def assign_ids(spans: list[Span], text: str, doc_id: str) -> list[Span]:
    """Give the document's div and each quoted message an xml:id that correspDesc can point to.

    A telegram's div is named after its number (``telegram-20772``) when its heading
    gives one, as editors cite telegrams by number.
    """
    result = []
    messages = 0
    used: set[str] = set()
    for current in spans:
        if current.kind == "div" and current.attr("id") is None:
            quoted = [q for q in spans if q.kind == "floatingText" and within(q, current)]
            number = next(
                (text[s.start : s.end] for s in spans if s.kind == "idno" and s.attr("type") == "telegram"
                 and within(s, current) and not any(within(s, q) for q in quoted)),
                None,
            )
            kind = current.attr("type") or "text"
            identifier = f"{kind}-{re.sub(r'[^A-Za-z0-9-]', '-', number)}" if number else f"{doc_id}-{'text' if kind != 'attachment' else 'attachment'}"
            base, suffix = identifier, 1
            while identifier in used:
                suffix += 1
                identifier = f"{base}-{suffix}"
            used.add(identifier)
            current = current.with_attrs(id=identifier)
        elif current.kind == "floatingText" and current.attr("id") is None:
            messages += 1
            current = current.with_attrs(id=f"msg-{messages}", type=current.attr("type") or "message")
        result.append(current)
    return result


def own(items, message: Span, nested: list[Span]):
    """Items inside a message but not inside a message quoted in it."""
    return [i for i in items if within(i, message) and not any(within(i, n) for n in nested)]


def find_correspondence(
    text: str,
    spans: list[Span],
    names: list[NameMention],
    dates: list[DateMention],
    *,
    document_date: DateValue | None,
    name_of: Callable[[str], str | None],
    title: str | None = None,
    title_names: list[NameMention] = (),
) -> list[Correspondence]:
    """One Correspondence per message (the document's div and each floatingText)."""
    originals = [s for s in spans if s.kind == "div" and s.attr("subtype") == "original"]
    # The original-language text and its translation are one message: describe it once.
    messages = sorted(
        (s for s in spans if s.kind in ("div", "floatingText") and s.attr("id") and not any(within(s, o) for o in originals)),
        key=lambda s: s.start,
    )
    result = []
    for message in messages:
        nested = [m for m in messages if m is not message and within(m, message)]
        parts = own(spans, message, nested)
        mine_names = own(names, message, nested)
        mine_dates = own(dates, message, nested)

        def names_in(kinds: tuple[str, ...], roles: tuple[str, ...], test=None):
            blocks = [s for s in parts if s.kind in roles and (test is None or test(text[s.start : s.end]))]
            found = []
            for block in blocks:
                for mention in mine_names:
                    if mention.kind in kinds and within(mention, block):
                        found.append(mention)
            return found

        def dates_in(roles: tuple[str, ...], test=None):
            blocks = [s for s in parts if s.kind in roles and (test is None or test(text[s.start : s.end]))]
            return [(d, text[d.start : d.end]) for b in blocks for d in mine_dates if within(d, b) and not d.value.error]

        def named(mentions: list[NameMention], source: str = text) -> tuple[tuple[str, str | None], ...]:
            return labels(mentions, source, name_of)

        closers = [s for s in parts if s.kind == "closer"]
        signed_people = names_in(("persName",), ("signed",))
        signed_orgs = names_in(("orgName",), ("signed",))
        addressees = names_in(("persName",), ("salute",), lambda t: not re.match(r"^\W*(?:confirm|with|respectfully|sincerely|yours)", t, re.I))
        address_orgs = names_in(("orgName",), ("salute",))
        from_places = names_in(("placeName",), ("dateline",), lambda t: FROM_PLACE.match(t) is not None or "," in t)
        from_places += names_in(("placeName",), ("dateline",), lambda t: re.match(r"^[A-Z][A-Z .'-]+\s*(?:--|—|–)", t) is not None)
        received = dates_in(("dateline",), lambda t: RECEIVED.match(t) is not None)
        sent = dates_in(("dateline",), lambda t: SENT.match(t) is not None)
        place_dates = dates_in(("dateline",), lambda t: not RECEIVED.match(t) and not SENT.match(t))
        closer_dates = [(d, t) for d, t in place_dates if any(within(d, c) for c in closers)]
        opener_dates = [(d, t) for d, t in place_dates if (d, t) not in closer_dates]

        top_level = message.kind == "div"
        main_text = message is next((m for m in messages if m.kind == "div"), None)  # not an attachment
        sent_persons, received_persons = named(signed_people), named(addressees)
        if main_text and title:
            # The title ("Roshchin to Comrade Filippov [Stalin]") names the parties when
            # the text does not sign or address them.
            sender_part, recipient_part = title_parties(title)
            if sender_part and not sent_persons:
                sent_persons = named([m for m in title_names if m.kind == "persName" and sender_part[0] <= m.start < sender_part[1]], title)
            if recipient_part and not received_persons:
                received_persons = named([m for m in title_names if m.kind == "persName" and recipient_part[0] <= m.start < recipient_part[1]], title)

        sent_date = (sent or closer_dates or opener_dates or [(None, None)])[0]
        sent_value, sent_text = sent_date
        if sent_value is None and main_text and document_date and not document_date.error:
            sent_value = DateMention(0, 0, document_date)
            sent_text = None

        actions = []
        actions.append(Action(
            "sent",
            persons=sent_persons,
            orgs=named(signed_orgs),
            places=named(from_places[:1]),
            date=sent_value.value if sent_value else None,
            date_text=sent_text,
        ))
        if not top_level:
            containers = [m for m in messages if m is not message and within(message, m)]
            outer = min(containers, key=lambda m: m.end - m.start) if containers else None
            if outer is not None:
                actions.append(transmitted_action(text, spans, names, dates, message, outer, messages, name_of))
        actions.append(Action(
            "received",
            persons=received_persons,
            orgs=named(address_orgs),
            date=received[0][0].value if received else None,
            date_text=received[0][1] if received else None,
        ))
        replies = []
        for block in parts:
            if block.kind != "p":
                continue
            for match in REPLY.finditer(text, block.start, block.end):
                replies.append(re.sub(r"[\[\]]", "", match["ref"]).strip())
            break  # only the first paragraph answers earlier telegrams
        result.append(Correspondence(message.attr("id"), tuple(a for a in actions if a.persons or a.orgs or a.places or a.date), tuple(replies)))
    return result


def transmitted_action(text, spans, names, dates, message, outer, messages, name_of) -> Action:
    """The relay of a quoted message: by the outer message's signatory, when the text says."""
    nested = [m for m in messages if m is not outer and within(m, outer)]
    outer_parts = own(spans, outer, nested)
    signed = [n for n in own(names, outer, nested) if n.kind == "persName" and any(s.kind == "signed" and within(n, s) for s in outer_parts)]
    introducing = [s for s in outer_parts if s.kind == "p" and s.end <= message.start]
    date = None
    date_text = None
    if introducing and RELAY.search(text, introducing[-1].start, introducing[-1].end):
        found = [d for d in dates if within(d, introducing[-1]) and not d.value.error]
        if found:
            date, date_text = found[-1].value, text[found[-1].start : found[-1].end]
    return Action("transmitted", persons=labels(signed, text, name_of), date=date, date_text=date_text)


def labels(mentions, source: str, name_of) -> tuple[tuple[str, str | None], ...]:
    """(label, ref) per distinct entity: the registry's main name, else the name as written."""
    out: dict[str, tuple[str, str | None]] = {}
    for mention in mentions:
        written = source[mention.start : mention.end]
        key = mention.ref or written.lower()
        if key not in out:
            out[key] = ((name_of(mention.ref) if mention.ref else None) or written, mention.ref)
    return tuple(out.values())


def title_parties(title: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Character ranges of the sender and recipient parts of a title "X to Y"."""
    match = TITLE_PARTIES.search(title)
    if not match:
        return None, None
    return (match.start("sender"), match.end("sender")), (match.start("recipient"), match.end("recipient"))
