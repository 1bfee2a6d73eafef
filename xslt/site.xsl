<?xml version="1.0" encoding="UTF-8"?>
<!--
  site.xsl: the edition's own pages, from the catalogue of its documents.

  Input (encoder.site writes it; one <doc> per document, as document.xsl made it):

    <catalogue title="Edition">
      <doc href="html/a.html" dipl="diplomatic/a.html" key="1951-06-13" when="1951-06-13"
           kind="telegram" valid="true">
        <title/> <summary/>
        <from|to|via|at kind="person" key="pers-stalin">Filippov</from>   the main message
        <m kind="person" key="pers-stalin" a="ed-m-4">FILIPPOV</m>       a name of the text
        <c kind="place" key="place-beijing">Beijing</c>                   a name of the metadata
        <entry kind="person" key="pers-stalin"><tei:person>...</tei:person></entry>
      </doc>
    (document.xsl's <text> is left out: the search index is made in encoder.site.)
    </catalogue>

  Output: no principal result; xsl:result-document writes, relative to the base output
  URI, index.html (documents by date, filterable by person, place and year),
  persons.html, places.html, orgs.html (the registers), timeline.html, map.html and
  search.html. Every value is written as text.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:encoder:edition"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>
  <xsl:include href="world.xsl"/>

  <xsl:output method="text"/>
  <xsl:output name="ed:page" method="html" html-version="5" encoding="UTF-8" indent="no"
      include-content-type="no"/>

  <xsl:param name="css-href" as="xs:string" select="'assets/edition.css'"/>
  <xsl:param name="js-href" as="xs:string" select="'assets/site.js'"/>
  <xsl:param name="search-index-href" as="xs:string" select="'assets/search-index.js'"/>

  <xsl:variable name="docs" as="element(doc)*">
    <xsl:perform-sort select="/catalogue/doc">
      <xsl:sort select="if (@key = '') then 1 else 0"/>
      <xsl:sort select="@key"/>
      <xsl:sort select="title" lang="en"/>
    </xsl:perform-sort>
  </xsl:variable>
  <xsl:variable name="catalogue" select="/"/>
  <xsl:variable name="doc-order" as="map(xs:string, xs:integer)"
      select="map:merge(for $i in 1 to count($docs) return map:entry(generate-id($docs[$i]), $i))"/>
  <xsl:variable name="edition-title" select="(/catalogue/@title[normalize-space()], 'Edition')[1] ! normalize-space(.)"/>


  <xsl:variable name="kinds" as="map(xs:string, map(xs:string, xs:string))" select="map{
      'person': map{'page': 'persons.html', 'title': 'Persons', 'one': 'person', 'many': 'persons'},
      'place': map{'page': 'places.html', 'title': 'Places', 'one': 'place', 'many': 'places'},
      'org': map{'page': 'orgs.html', 'title': 'Organizations', 'one': 'organization', 'many': 'organizations'}}"/>

  <!-- The names and registry entries of all documents, grouped by "kind key" (once:
       the register and docs-by-item are both made from it), in order of first appearance:
       [key, the group's elements]. -->
  <xsl:variable name="groups" as="array(*)*">
    <xsl:for-each-group select="/catalogue/doc/(m | c | from | to | via | at | entry)" group-by="@kind || ' ' || @key">
      <xsl:sequence select="[current-grouping-key(), current-group()]"/>
    </xsl:for-each-group>
  </xsl:variable>

  <!-- Every register entry: one per key, with its label, its registry entry (if any)
       and the documents that name it. Sorted by label. -->
  <xsl:variable name="register" as="element(item)*">
    <xsl:for-each select="$groups">
      <xsl:variable name="group" select="?2" as="element()+"/>
      <xsl:variable name="entry" select="($group/self::entry/*)[1]"/>
      <xsl:variable name="forms" select="$group[not(self::entry)] ! normalize-space(.)"/>
      <item kind="{$group[1]/@kind}" key="{$group[1]/@key}"
          label="{if ($entry) then ed:main-name($entry) else ed:display-form(ed:most-common($forms))}">
        <xsl:sequence select="$entry"/>
        <xsl:for-each select="distinct-values($forms)"><form><xsl:value-of select="."/></form></xsl:for-each>
      </item>
    </xsl:for-each>
  </xsl:variable>

  <!-- "kind key" -> the documents naming it, in date order (computed once) -->
  <xsl:variable name="docs-by-item" as="map(xs:string, element(doc)*)"
      select="map:merge($groups ! map:entry(?1, sort(?2/.., (), function($d) { $doc-order(generate-id($d)) })))"/>
  <!-- the date of each dated document in words (ed:format-iso once per document, not once per page line) -->
  <xsl:variable name="formatted-when" as="map(xs:string, xs:string)"
      select="map:merge($docs[@when != ''] ! map:entry(generate-id(.), ed:format-iso(@when)))"/>
  <xsl:variable name="labels" as="map(xs:string, xs:string)"
      select="map:merge($register ! map:entry(@kind || ' ' || @key, string(@label)))"/>

  <xsl:template match="/">
    <xsl:result-document href="index.html" format="ed:page">
      <xsl:call-template name="index-page"/>
    </xsl:result-document>
    <xsl:for-each select="map:keys($kinds)">
      <xsl:result-document href="{$kinds(.)?page}" format="ed:page">
        <xsl:call-template name="register-page"><xsl:with-param name="kind" select="."/></xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:result-document href="timeline.html" format="ed:page">
      <xsl:call-template name="timeline-page"/>
    </xsl:result-document>
    <xsl:result-document href="map.html" format="ed:page">
      <xsl:call-template name="map-page"/>
    </xsl:result-document>
    <xsl:result-document href="search.html" format="ed:page">
      <xsl:call-template name="search-page"/>
    </xsl:result-document>
  </xsl:template>

  <!-- ===================================================================
       The page frame
       =================================================================== -->
  <xsl:template name="page">
    <xsl:param name="file" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="subtitle" as="item()*" select="()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="if ($file = 'index.html') then $edition-title else $title || ' &#x2014; ' || $edition-title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
        <link rel="icon" href="data:,"/>
      </head>
      <body>
        <a class="ed-skip" href="#ed-main">Skip to the content</a>
        <xsl:sequence select="ed:site-nav('', $file, $edition-title)"/>
        <header class="ed-header">
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:if test="exists($subtitle)"><p class="ed-subtitle"><xsl:sequence select="$subtitle"/></p></xsl:if>
        </header>
        <main id="ed-main" tabindex="-1">
          <xsl:sequence select="$content"/>
        </main>
        <footer class="ed-footer">
          <p><xsl:value-of select="$edition-title"/>: <xsl:value-of select="count($docs)"/>
            <xsl:value-of select="if (count($docs) = 1) then ' document' else ' documents'"/>,
            encoded in TEI P5 and rendered by encoder. These pages need no server and no network.</p>
        </footer>
        <xsl:for-each select="$scripts"><script src="{.}"></script></xsl:for-each>
      </body>
    </html>
  </xsl:template>

  <!-- ===================================================================
       Index: documents by date, filterable by person, place and year
       =================================================================== -->
  <xsl:template name="index-page">
    <xsl:variable name="years" select="distinct-values($docs/@key[. != ''] ! substring(., 1, 4))"/>
    <xsl:call-template name="page">
      <xsl:with-param name="file" select="'index.html'"/>
      <xsl:with-param name="title" select="$edition-title"/>
      <xsl:with-param name="subtitle">
        <xsl:value-of select="count($docs)"/>
        <xsl:value-of select="if (count($docs) = 1) then ' document' else ' documents'"/>
        <xsl:if test="exists($years)">
          <xsl:text>, </xsl:text><xsl:value-of select="min($years)"/>
          <xsl:if test="min($years) != max($years)">&#x2013;<xsl:value-of select="max($years)"/></xsl:if>
        </xsl:if>
      </xsl:with-param>
      <xsl:with-param name="scripts" select="$js-href"/>
      <xsl:with-param name="content">
        <section id="ed-documents" aria-labelledby="ed-documents-h">
          <h2 id="ed-documents-h">Documents by date</h2>
          <!-- shown by site.js: without a script the full list is there -->
          <form id="ed-filter" class="ed-filter" hidden="" aria-label="Filter the documents">
            <xsl:for-each select="('person', 'place')">
              <xsl:variable name="kind" select="."/>
              <xsl:variable name="items" select="$register[@kind = $kind][exists(ed:docs-of(.)[1])]"/>
              <p>
                <label for="ed-filter-{$kind}"><xsl:value-of select="ed:upper-first($kind)"/></label>
                <select id="ed-filter-{$kind}" name="{$kind}" data-filter="{$kind}">
                  <option value="">All <xsl:value-of select="$kinds($kind)?many"/></option>
                  <xsl:for-each select="$items">
                    <xsl:sort select="@label" lang="en"/>
                    <option value="{@key}"><xsl:value-of select="@label"/> (<xsl:value-of select="count(ed:docs-of(.))"/>)</option>
                  </xsl:for-each>
                </select>
              </p>
            </xsl:for-each>
            <p>
              <label for="ed-filter-year">Year</label>
              <select id="ed-filter-year" name="year" data-filter="year">
                <option value="">All years</option>
                <xsl:for-each select="$years">
                  <xsl:sort select="."/>
                  <xsl:variable name="y" select="."/>
                  <option value="{.}"><xsl:value-of select="."/> (<xsl:value-of select="count($docs[starts-with(@key, $y)])"/>)</option>
                </xsl:for-each>
              </select>
            </p>
            <p><button type="reset">Show all</button></p>
            <p id="ed-filter-count" class="ed-filter-count" role="status" aria-live="polite"></p>
          </form>
          <ol class="ed-documents" id="ed-document-list">
            <xsl:for-each select="$docs">
              <xsl:variable name="refs" select="m | c | from | to | via | at | entry"/>
              <li class="ed-document" data-year="{substring(@key, 1, 4)}"
                  data-person="{distinct-values($refs[@kind = 'person']/@key)}"
                  data-place="{distinct-values($refs[@kind = 'place']/@key)}">
                <article aria-labelledby="ed-doc-{position()}">
                  <h3 id="ed-doc-{position()}"><a href="{@href}"><xsl:value-of select="title"/></a></h3>
                  <p class="ed-doc-meta">
                    <xsl:sequence select="ed:date-html(.)"/>
                    <xsl:if test="@kind != ''">
                      <xsl:text> &#xB7; </xsl:text><span class="ed-kind"><xsl:value-of select="ed:upper-first(@kind)"/></span>
                    </xsl:if>
                    <xsl:if test="@valid = 'false'">
                      <xsl:text> &#xB7; </xsl:text><span class="ed-invalid">Not valid TEI: see the validation report</span>
                    </xsl:if>
                    <xsl:text> &#xB7; </xsl:text><a class="ed-dipl-link" href="{@dipl}">diplomatic view</a>
                  </p>
                  <xsl:if test="from | to">
                    <p class="ed-doc-parties">
                      <xsl:if test="from">
                        <span class="ed-party-label">From</span><xsl:text> </xsl:text>
                        <xsl:sequence select="ed:name-links(from, '')"/>
                      </xsl:if>
                      <xsl:if test="from and to"><xsl:text> </xsl:text></xsl:if>
                      <xsl:if test="to">
                        <span class="ed-party-label">to</span><xsl:text> </xsl:text>
                        <xsl:sequence select="ed:name-links(to, '')"/>
                      </xsl:if>
                    </p>
                  </xsl:if>
                  <xsl:if test="normalize-space(summary)">
                    <p class="ed-doc-summary"><xsl:value-of select="summary"/></p>
                  </xsl:if>
                </article>
              </li>
            </xsl:for-each>
          </ol>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================
       Registers
       =================================================================== -->
  <xsl:template name="register-page">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="k" select="$kinds($kind)"/>
    <xsl:variable name="items" as="element(item)*">
      <xsl:perform-sort select="$register[@kind = $kind]">
        <xsl:sort select="lower-case(@label)" lang="en"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="known" select="count($items[exists(*:person | *:place | *:org)])"/>
    <xsl:call-template name="page">
      <xsl:with-param name="file" select="$k?page"/>
      <xsl:with-param name="title" select="$k?title"/>
      <xsl:with-param name="subtitle">
        <xsl:value-of select="count($items), if (count($items) = 1) then $k?one else $k?many"/>
        <xsl:text>: </xsl:text><xsl:value-of select="$known"/>
        <xsl:text> from the registry, </xsl:text><xsl:value-of select="count($items) - $known"/>
        <xsl:text> not yet identified</xsl:text>
      </xsl:with-param>
      <xsl:with-param name="content">
        <xsl:variable name="groups" as="element(group)*">
          <xsl:for-each-group select="$items" group-adjacent="ed:initial(@label)">
            <group letter="{current-grouping-key()}"><xsl:sequence select="current-group()"/></group>
          </xsl:for-each-group>
        </xsl:variable>
        <xsl:if test="count($groups) > 1">
          <nav class="ed-letters" aria-label="Initial letters">
            <ul>
              <xsl:for-each select="$groups">
                <li><a href="#ed-letter-{position()}"><xsl:value-of select="@letter"/></a></li>
              </xsl:for-each>
            </ul>
          </nav>
        </xsl:if>
        <xsl:if test="empty($items)">
          <p>No <xsl:value-of select="$k?many"/> are named in the edition yet.</p>
        </xsl:if>
        <xsl:for-each select="$groups">
          <section class="ed-register" aria-labelledby="ed-letter-{position()}">
            <h2 id="ed-letter-{position()}"><xsl:value-of select="@letter"/></h2>
            <xsl:apply-templates select="item" mode="register"/>
          </section>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="item" mode="register">
    <xsl:variable name="entry" select="*:person | *:place | *:org"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:placeName | tei:orgName | tei:geogName | tei:name)"/>
    <xsl:variable name="main" select="($names[@type = 'main'], $names)[1]"/>
    <xsl:variable name="key" select="string(@key)"/>
    <xsl:variable name="geo" select="ed:geo(.)"/>
    <article id="{@key}" class="ed-entry ed-entry-{@kind}{if (empty($entry)) then ' ed-unidentified-entry' else ''}"
        aria-labelledby="{@key}-h">
      <h3 id="{@key}-h" class="ed-entry-name"><xsl:value-of select="@label"/></h3>
      <xsl:variable name="others" select="distinct-values(($names except $main) ! normalize-space(.))"/>
      <xsl:if test="exists($others)">
        <p class="ed-other-names">Also: <xsl:value-of select="for $n in ($names except $main)
            return (if ($n/@type and not($n/@type = ('variant', 'main'))) then $n/@type || ': ' else '') || normalize-space($n)" separator="; "/></p>
      </xsl:if>
      <p class="ed-entry-facts">
        <xsl:choose>
          <xsl:when test="exists($entry)">
            <xsl:variable name="links" select="ed:authority-links($entry)"/>
            <xsl:choose>
              <xsl:when test="exists($links)"><span class="ed-authorities-label">Authority files:</span><xsl:sequence select="$links"/></xsl:when>
              <xsl:otherwise><span class="ed-muted">In the edition&#x2019;s registry (no authority file yet)</span></xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise><span class="ed-muted">Not yet in the registry. Written as: <xsl:value-of select="form" separator="; "/></span></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="exists($geo)">
          <xsl:text> &#xB7; </xsl:text>
          <a class="ed-coords" href="map.html#map-{$key}"><xsl:value-of select="ed:format-geo($geo)"/> (on the map)</a>
        </xsl:if>
      </p>
      <xsl:variable name="docs" select="ed:docs-of(.)"/>
      <xsl:if test="exists($docs)">
        <h4 class="ed-occ-h">In <xsl:value-of select="count($docs), if (count($docs) = 1) then 'document' else 'documents'"/></h4>
        <ul class="ed-occurrences">
          <xsl:for-each select="$docs">
            <xsl:variable name="doc" select="."/>
            <xsl:variable name="mentions" select="m[@key = $key]"/>
            <li>
              <a href="{@href}"><xsl:value-of select="title"/></a>
              <xsl:if test="@when != ''"><xsl:text> (</xsl:text><xsl:value-of select="$formatted-when(generate-id(.))"/><xsl:text>)</xsl:text></xsl:if>
              <xsl:if test="exists($mentions)">
                <span class="ed-occ-list">
                  <xsl:text>: </xsl:text>
                  <xsl:for-each select="$mentions">
                    <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
                    <a class="ed-occ" href="{$doc/@href}#{@a}" title="&#x201C;{.}&#x201D;"
                        aria-label="Mention {position()}: &#x201C;{.}&#x201D;"><xsl:value-of select="position()"/></a>
                  </xsl:for-each>
                </span>
              </xsl:if>
              <xsl:if test="empty($mentions)">
                <xsl:text>: </xsl:text>
                <xsl:choose>
                  <xsl:when test="exists((c | from | to | via | at)[@key = $key])">
                    <a class="ed-occ-meta" href="{$doc/@href}#ed-about">in the transmission record</a>
                  </xsl:when>
                  <xsl:otherwise>
                    <a class="ed-occ-meta" href="{$doc/@href}#ed-about">in the document&#x2019;s description</a>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- ===================================================================
       Timeline
       =================================================================== -->
  <xsl:template name="timeline-page">
    <xsl:variable name="dated" select="$docs[@key != '']"/>
    <xsl:variable name="years" select="distinct-values($dated/substring(@key, 1, 4))"/>
    <xsl:call-template name="page">
      <xsl:with-param name="file" select="'timeline.html'"/>
      <xsl:with-param name="title" select="'Timeline'"/>
      <xsl:with-param name="subtitle">
        <xsl:value-of select="count($dated)"/> dated <xsl:value-of select="if (count($dated) = 1) then 'document' else 'documents'"/>
        <xsl:if test="count($docs) > count($dated)">, <xsl:value-of select="count($docs) - count($dated)"/> undated</xsl:if>
      </xsl:with-param>
      <xsl:with-param name="content">
        <xsl:if test="exists($dated)">
          <xsl:call-template name="timeline-chart"><xsl:with-param name="dated" select="$dated"/></xsl:call-template>
          <nav class="ed-letters" aria-label="Years">
            <ul>
              <xsl:for-each select="$years">
                <xsl:variable name="y" select="."/>
                <li><a href="#y{.}"><xsl:value-of select="."/></a> (<xsl:value-of select="count($dated[starts-with(@key, $y)])"/>)</li>
              </xsl:for-each>
            </ul>
          </nav>
        </xsl:if>
        <xsl:for-each-group select="$dated" group-adjacent="substring(@key, 1, 4)">
          <section class="ed-year" aria-labelledby="y{current-grouping-key()}">
            <h2 id="y{current-grouping-key()}"><xsl:value-of select="current-grouping-key()"/></h2>
            <xsl:for-each-group select="current-group()" group-adjacent="substring(@key, 6, 2)">
              <xsl:variable name="month" select="if (current-grouping-key() castable as xs:integer) then $ed:months[xs:integer(current-grouping-key())] else 'Month unknown'"/>
              <h3 class="ed-month"><xsl:value-of select="$month"/></h3>
              <ol class="ed-timeline">
                <xsl:for-each select="current-group()">
                  <li>
                    <span class="ed-tl-date"><xsl:sequence select="ed:date-html(.)"/></span>
                    <span class="ed-tl-doc">
                      <a href="{@href}"><xsl:value-of select="title"/></a>
                      <xsl:if test="@kind != ''"><span class="ed-kind"> &#xB7; <xsl:value-of select="ed:upper-first(@kind)"/></span></xsl:if>
                    </span>
                  </li>
                </xsl:for-each>
              </ol>
            </xsl:for-each-group>
          </section>
        </xsl:for-each-group>
        <xsl:if test="$docs[@key = '']">
          <section aria-labelledby="y-undated">
            <h2 id="y-undated">Undated</h2>
            <ul class="ed-timeline">
              <xsl:for-each select="$docs[@key = '']"><li><a href="{@href}"><xsl:value-of select="title"/></a></li></xsl:for-each>
            </ul>
          </section>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Bars: documents per year (per month when all fall in one year). The list below
       the chart says the same in words, so the drawing is hidden from screen readers. -->
  <xsl:template name="timeline-chart">
    <xsl:param name="dated" as="element(doc)+"/>
    <xsl:variable name="years" select="$dated ! xs:integer(substring(@key, 1, 4))"/>
    <xsl:variable name="by-month" select="min($years) = max($years)"/>
    <xsl:variable name="bins" as="map(*)*" select="
        if ($by-month) then
          for $m in 1 to 12 return map{'label': substring($ed:months[$m], 1, 3),
            'n': count($dated[substring(@key, 6, 2) = format-number($m, '00')])}
        else
          for $y in min($years) to max($years) return map{'label': string($y),
            'n': count($dated[starts-with(@key, string($y))])}"/>
    <xsl:variable name="top" select="max($bins ! ?n)"/>
    <xsl:variable name="w" select="40"/>
    <xsl:variable name="h" select="120"/>
    <figure class="ed-chart">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {count($bins) * $w + 20} {$h + 40}"
          width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false"
          style="max-width: {count($bins) * $w + 20}px">
        <xsl:for-each select="$bins">
          <xsl:variable name="bh" select="if ($top = 0) then 0 else round(?n div $top * $h)"/>
          <xsl:variable name="x" select="10 + (position() - 1) * $w"/>
          <g>
            <rect class="ed-bar" x="{$x + 6}" y="{10 + $h - $bh}" width="{$w - 12}" height="{max(($bh, 1))}"/>
            <xsl:if test="?n > 0">
              <text class="ed-bar-n" x="{$x + $w div 2}" y="{6 + $h - $bh}" text-anchor="middle"><xsl:value-of select="?n"/></text>
            </xsl:if>
            <text class="ed-bar-label" x="{$x + $w div 2}" y="{$h + 28}" text-anchor="middle"><xsl:value-of select="?label"/></text>
          </g>
        </xsl:for-each>
      </svg>
      <figcaption>Documents per <xsl:value-of select="if ($by-month) then 'month of ' || min($years) else 'year'"/></figcaption>
    </figure>
  </xsl:template>

  <!-- ===================================================================
       Map (offline: the land outline is world.xsl, drawn from Natural Earth)
       =================================================================== -->
  <xsl:template name="map-page">
    <xsl:variable name="places" select="$register[@kind = 'place']"/>
    <xsl:variable name="mapped" as="map(*)*" select="for $p in $places return let $g := ed:geo($p) return
        if (exists($g)) then map{'item': $p, 'lat': $g[1], 'long': $g[2], 'n': count(ed:docs-of($p))} else ()"/>
    <xsl:call-template name="page">
      <xsl:with-param name="file" select="'map.html'"/>
      <xsl:with-param name="title" select="'Map'"/>
      <xsl:with-param name="subtitle">
        <xsl:value-of select="count($mapped)"/> of <xsl:value-of select="count($places)"/>
        <xsl:text> places have coordinates in the registry</xsl:text>
      </xsl:with-param>
      <xsl:with-param name="content">
        <!-- the frame: the places with some room around them, at least 40 by 24 degrees -->
        <xsl:variable name="xs" select="$mapped ! (?long + 180)"/>
        <xsl:variable name="ys" select="$mapped ! (90 - ?lat)"/>
        <xsl:variable name="cx" select="if (exists($xs)) then (min($xs) + max($xs)) div 2 else 180"/>
        <xsl:variable name="cy" select="if (exists($ys)) then (min($ys) + max($ys)) div 2 else 90"/>
        <xsl:variable name="w0" select="if (exists($xs)) then max(((max($xs) - min($xs)) * 1.3 + 16, 40, ((max($ys) - min($ys)) * 1.3 + 12) * 2)) else 360"/>
        <xsl:variable name="w" select="min(($w0, 360))"/>
        <xsl:variable name="h" select="min(($w div 2, 180))"/>
        <xsl:variable name="x0" select="max((0, min(($cx - $w div 2, 360 - $w))))"/>
        <xsl:variable name="y0" select="max((0, min(($cy - $h div 2, 180 - $h))))"/>
        <xsl:variable name="unit" select="$w div 100"/>
        <figure class="ed-map">
          <svg xmlns="http://www.w3.org/2000/svg" viewBox="{ed:n($x0)} {ed:n($y0)} {ed:n($w)} {ed:n($h)}"
              width="100%" aria-labelledby="ed-map-caption">
            <rect class="ed-sea" x="0" y="0" width="360" height="180"/>
            <path class="ed-land" d="{$ed:world-land}" stroke-width="{ed:n($unit * 0.15)}"/>
            <!-- labels: the places with most documents first; a label that would overlap one
                 already placed is left out (the point keeps its title and the table below) -->
            <xsl:variable name="fs" select="$unit * 2.3"/>
            <xsl:variable name="sorted" as="map(*)*">
              <xsl:perform-sort select="$mapped"><xsl:sort select="?n" order="descending"/><xsl:sort select="?item/@label"/></xsl:perform-sort>
            </xsl:variable>
            <xsl:for-each select="$sorted">
              <xsl:variable name="x" select="?long + 180"/>
              <xsl:variable name="y" select="90 - ?lat"/>
              <a href="places.html#{?item/@key}" id="map-{?item/@key}" class="ed-map-place"
                  aria-label="{?item/@label}: {?n} {if (?n = 1) then 'document' else 'documents'}">
                <title><xsl:value-of select="?item/@label"/> (<xsl:value-of select="?n"/>)</title>
                <circle cx="{ed:n($x)}" cy="{ed:n($y)}" r="{ed:n($unit * (0.7 + math:sqrt(?n) * 0.3))}"
                    stroke-width="{ed:n($unit * 0.25)}"/>
              </a>
            </xsl:for-each>
            <g class="ed-map-labels" aria-hidden="true">
              <xsl:iterate select="$sorted">
                <xsl:param name="boxes" as="array(xs:double)*"
                    select="$sorted ! [?long + 180 - $unit * 1.2, 90 - ?lat - $unit * 1.2, ?long + 180 + $unit * 1.2, 90 - ?lat + $unit * 1.2]"/>
                <xsl:variable name="x" select="?long + 180"/>
                <xsl:variable name="y" select="90 - ?lat"/>
                <xsl:variable name="box" select="[$x + $unit * 1.4, $y - $fs * 0.8, $x + $unit * 1.6 + string-length(?item/@label) * $fs * 0.58, $y + $fs * 0.35]"/>
                <xsl:variable name="free" select="every $b in $boxes satisfies
                    ($box(3) lt $b(1) or $box(1) gt $b(3) or $box(4) lt $b(2) or $box(2) gt $b(4))"/>
                <xsl:if test="$free">
                  <text x="{ed:n($box(1))}" y="{ed:n($y + $fs * 0.3)}" font-size="{ed:n($fs)}"
                      stroke-width="{ed:n($unit * 0.45)}"><xsl:value-of select="?item/@label"/></text>
                </xsl:if>
                <xsl:next-iteration>
                  <xsl:with-param name="boxes" select="if ($free) then ($boxes, $box) else $boxes"/>
                </xsl:next-iteration>
              </xsl:iterate>
            </g>
          </svg>
          <figcaption id="ed-map-caption">Places named in the edition, where the registry gives their coordinates.
            Land outline: Natural Earth (public domain).</figcaption>
        </figure>
        <section aria-labelledby="ed-map-list-h">
          <h2 id="ed-map-list-h">Places on the map</h2>
          <xsl:choose>
            <xsl:when test="exists($mapped)">
              <table class="ed-table">
                <thead><tr><th scope="col">Place</th><th scope="col">Coordinates</th><th scope="col">Documents</th></tr></thead>
                <tbody>
                  <xsl:for-each select="$mapped">
                    <xsl:sort select="?item/@label" lang="en"/>
                    <tr>
                      <th scope="row"><a href="places.html#{?item/@key}"><xsl:value-of select="?item/@label"/></a></th>
                      <td><xsl:value-of select="ed:format-geo((?lat, ?long))"/></td>
                      <td><xsl:value-of select="?n"/></td>
                    </tr>
                  </xsl:for-each>
                </tbody>
              </table>
            </xsl:when>
            <xsl:otherwise><p>No place of the edition has coordinates in the registry yet.</p></xsl:otherwise>
          </xsl:choose>
          <xsl:variable name="unmapped" select="$places[empty(ed:geo(.))]"/>
          <xsl:if test="exists($unmapped)">
            <h2>Places without coordinates</h2>
            <p class="ed-unmapped">
              <xsl:for-each select="$unmapped">
                <xsl:sort select="@label" lang="en"/>
                <xsl:if test="position() > 1">, </xsl:if>
                <a href="places.html#{@key}"><xsl:value-of select="@label"/></a>
              </xsl:for-each>
            </p>
          </xsl:if>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================
       Search (the index is assets/search-index.js, written by encoder.site)
       =================================================================== -->
  <xsl:template name="search-page">
    <xsl:call-template name="page">
      <xsl:with-param name="file" select="'search.html'"/>
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="subtitle">The full text of <xsl:value-of select="count($docs)"/> documents</xsl:with-param>
      <xsl:with-param name="scripts" select="($search-index-href, $js-href)"/>
      <xsl:with-param name="content">
        <form id="ed-search" class="ed-search" role="search" action="search.html" method="get">
          <label for="ed-q">Words to find</label>
          <input id="ed-q" name="q" type="search" autocomplete="off" spellcheck="false"/>
          <button type="submit">Search</button>
        </form>
        <p class="ed-muted">Every word must occur in the document; a word also finds longer ones that begin with it (&#x201C;armist&#x201D; finds &#x201C;armistice&#x201D;).</p>
        <noscript><p>Search needs JavaScript. The <a href="index.html">list of documents</a> and the registers work without it.</p></noscript>
        <p id="ed-search-status" class="ed-search-status" role="status" aria-live="polite"></p>
        <ol id="ed-results" class="ed-documents ed-results"></ol>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===================================================================
       Helpers
       =================================================================== -->
  <!-- the documents that name a register item, in date order -->
  <xsl:function name="ed:docs-of" as="element(doc)*">
    <xsl:param name="item" as="element(item)"/>
    <xsl:sequence select="$docs-by-item($item/@kind || ' ' || $item/@key)"/>
  </xsl:function>

  <xsl:function name="ed:main-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:placeName | tei:orgName | tei:geogName | tei:name)"/>
    <xsl:sequence select="normalize-space(($names[@type = 'main'], $names, $entry/@xml:id)[1])"/>
  </xsl:function>

  <xsl:function name="ed:most-common" as="xs:string">
    <xsl:param name="forms" as="xs:string*"/>
    <xsl:variable name="best" as="xs:string*">
      <xsl:for-each-group select="$forms" group-by=".">
        <xsl:sort select="count(current-group())" order="descending"/>
        <xsl:sort select="matches(., '\p{Ll}')" order="descending"/>
        <xsl:sequence select="current-grouping-key()"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="($best, '?')[1]"/>
  </xsl:function>

  <!-- "MAO ZEDONG" -> "Mao Zedong"; other forms as written -->
  <xsl:function name="ed:display-form" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="if (matches($s, '\p{Ll}') or string-length($s) le 4) then $s
        else string-join(tokenize($s, ' ') ! (substring(., 1, 1) || lower-case(substring(., 2))), ' ')"/>
  </xsl:function>

  <xsl:function name="ed:initial" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:variable name="c" select="upper-case(substring(replace($label, '^[^\p{L}\p{N}]+', ''), 1, 1))"/>
    <xsl:sequence select="if (matches($c, '\p{L}')) then $c else '#'"/>
  </xsl:function>

  <!-- (lat, long) from the registry's location/geo ("lat long" or "lat, long") -->
  <xsl:function name="ed:geo" as="xs:double*">
    <xsl:param name="item" as="element(item)"/>
    <xsl:variable name="g" select="tokenize(normalize-space(replace(string(($item/*:place/tei:location/tei:geo)[1]), ',', ' ')), ' ')"/>
    <xsl:sequence select="if (count($g) = 2 and ($g[1] castable as xs:double) and ($g[2] castable as xs:double)
        and abs(xs:double($g[1])) le 90 and abs(xs:double($g[2])) le 180)
        then (xs:double($g[1]), xs:double($g[2])) else ()"/>
  </xsl:function>

  <xsl:function name="ed:format-geo" as="xs:string">
    <xsl:param name="g" as="xs:double+"/>
    <xsl:sequence select="format-number(abs($g[1]), '0.0#') || '&#xB0;&#xA0;' || (if ($g[1] ge 0) then 'N' else 'S') || ', '
        || format-number(abs($g[2]), '0.0#') || '&#xB0;&#xA0;' || (if ($g[2] ge 0) then 'E' else 'W')"/>
  </xsl:function>

  <xsl:function name="ed:n" as="xs:string">
    <xsl:param name="d" as="xs:double"/>
    <xsl:sequence select="format-number($d, '0.##')"/>
  </xsl:function>

  <!-- a document's date (its @when) as HTML; the words from $formatted-when -->
  <xsl:function name="ed:date-html" as="element()">
    <xsl:param name="doc" as="element(doc)"/>
    <xsl:variable name="when" select="string($doc/@when)"/>
    <xsl:choose>
      <xsl:when test="normalize-space($when)">
        <time title="{$when}">
          <xsl:if test="ed:html-datetime($when)">
            <xsl:attribute name="datetime" select="$when"/>
          </xsl:if>
          <xsl:value-of select="$formatted-when(generate-id($doc))"/>
        </time>
      </xsl:when>
      <xsl:otherwise><span class="ed-undated">Undated</span></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- names of the index (sender, recipient) as links to their register entries -->
  <xsl:function name="ed:name-links" as="node()*">
    <xsl:param name="names" as="element()*"/>
    <xsl:param name="root" as="xs:string"/>
    <xsl:for-each select="$names">
      <xsl:if test="position() > 1">, </xsl:if>
      <a class="ed-name ed-{@kind}" href="{$root}{$ed:register-page(@kind)}#{@key}"
          title="{if (. = $labels(@kind || ' ' || @key)) then ed:upper-first(@kind) else $labels(@kind || ' ' || @key)}"><xsl:value-of select="."/></a>
    </xsl:for-each>
  </xsl:function>

</xsl:stylesheet>
