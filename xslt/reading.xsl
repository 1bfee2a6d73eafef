<?xml version="1.0" encoding="UTF-8"?>
<!--
  reading.xsl: one TEI P5 document (as written by encoder) -> one HTML5 reading view.

  Layout of this stylesheet, in the spirit of the TEI Processing Model:
    1. PAGE      the page frame: header, metadata panel, text, names list, footer.
    2. RULES     the TEI -> HTML mapping as a table: mode "rule", one template per TEI
                 element (or element in a context), each returning a small map that
                 only names a behaviour and its parameters. Mode "rule" fails on two
                 rules matching with equal priority, so the table cannot hold duplicates.
    3. BEHAVIOURS the closed set of ways to render: block, inline, heading, entity,
                 time, bracketed, discreet, quoted, link, list, container, omit.
  Text nodes are copied as text (the serializer escapes them); nothing from the source
  is ever copied as markup, and URLs are only built from checked values.

  Parameters: css-href (the stylesheet link), index-href (a link back to the edition's
  index; empty = no link), edition-title.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:encoder:edition"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"
      include-content-type="no"/>

  <xsl:param name="css-href" as="xs:string" select="'edition.css'"/>
  <xsl:param name="index-href" as="xs:string" select="''"/>
  <xsl:param name="edition-title" as="xs:string" select="'Edition'"/>
  <!-- Site mode (encoder.site): the way from this page to the site's root ("../"). When
       set, names link to the edition's registers, the page carries the site's navigation
       and a link to the diplomatic view (diplomatic-href). Empty: a page on its own. -->
  <xsl:param name="site-root" as="xs:string" select="''"/>
  <xsl:param name="diplomatic-href" as="xs:string" select="''"/>
  <xsl:variable name="in-site" as="xs:boolean" select="$site-root != ''"/>
  <!-- Elements that stood in square brackets in the transcription: "name" or
       "name:type-or-reason", space-separated. render.py passes encoder.tei.BRACKETED, so the
       page shows brackets exactly where the plain-text round trip puts them back. -->
  <xsl:param name="bracketed" as="xs:string"
      select="'supplied gap note:editorial note:translator note:sic note:transliteration ref:noteAnchor'"/>
  <xsl:variable name="bracketed-set" as="xs:string*" select="tokenize(normalize-space($bracketed), ' ')"/>
  <!-- the element names the set can match at all ("note" for "note:editorial"): most
       elements are ruled out by one look-up -->
  <xsl:variable name="bracketed-names" as="map(xs:string, xs:boolean)" select="map:merge(
      $bracketed-set ! map:entry(if (contains(., ':')) then substring-before(., ':') else ., true()),
      map{'duplicates': 'use-first'})"/>

  <xsl:mode on-no-match="text-only-copy"/>
  <xsl:mode name="rule" on-multiple-match="fail"/>

  <xsl:key name="standoff" match="tei:standOff//*[@xml:id]" use="@xml:id"/>
  <xsl:key name="by-id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="mentions" match="tei:text//*[@ref]"
      use="tokenize(normalize-space(@ref), ' ')[starts-with(., '#')] ! substring(., 2)"/>

  <xsl:variable name="tei" select="/tei:TEI" as="element(tei:TEI)"/>
  <!-- The names of the text, in document order: mention n has the anchor "ed-m-n". -->
  <xsl:variable name="text-names" as="element()*"
      select="$tei/tei:text//(tei:persName | tei:placeName | tei:geogName | tei:orgName | tei:repository | tei:name | tei:rs)"/>
  <xsl:variable name="mention-anchors" as="map(xs:string, xs:string)"
      select="map:merge(for $i in 1 to count($text-names) return map:entry(generate-id($text-names[$i]), 'ed-m-' || $i))"/>
  <xsl:variable name="header" select="$tei/tei:teiHeader"/>
  <xsl:variable name="standoff" select="$tei/tei:standOff"/>
  <!-- The kind and register key of every name of the text and of the transmission record,
       worked out once: the reading view links each name to its register entry and
       document.xsl's record lists them all again (ed:name-info). -->
  <xsl:variable name="standoff-ids" as="map(xs:string, xs:boolean)"
      select="map:merge($standoff//@xml:id ! map:entry(string(.), true()), map{'duplicates': 'use-first'})"/>
  <xsl:variable name="name-info" as="map(xs:string, xs:string+)" select="map:merge(
      ($text-names | $header/tei:profileDesc/tei:correspDesc//(tei:persName | tei:orgName | tei:placeName | tei:name))
      ! (let $kind := ed:kind-of(.) return map:entry(generate-id(.), ($kind, ed:name-key(., $kind)))))"/>

  <!-- ===================================================================
       Label tables (data, not branches)
       =================================================================== -->
  <xsl:variable name="entity-kind" as="map(xs:string, xs:string)" select="map{
      'persName': 'person', 'placeName': 'place', 'geogName': 'place',
      'orgName': 'org', 'repository': 'org'}"/>
  <xsl:variable name="supplied-reason" as="map(xs:string, xs:string)" select="map{
      'identification': 'Identification supplied by the editor',
      'clarification': 'Word supplied by the editor for clarity',
      'expansion': 'Expansion supplied by the editor',
      'incomplete': 'Letters supplied by the editor',
      'uncertain': 'Uncertain reading supplied by the editor',
      'omitted': 'Omitted in the original; supplied by the editor',
      'illegible': 'Illegible in the original; supplied by the editor',
      'damage': 'Damaged in the original; supplied by the editor'}"/>
  <xsl:variable name="gap-reason" as="map(xs:string, xs:string)" select="map{
      'omitted': 'Passage omitted by the editor',
      'illegible': 'Illegible in the original',
      'damage': 'Damaged in the original',
      'cancelled': 'Cancelled in the original'}"/>
  <xsl:variable name="note-type" as="map(xs:string, xs:string)" select="map{
      'editorial': 'Editor&#x2019;s note',
      'translator': 'Translator&#x2019;s note',
      'sic': 'Thus in the original',
      'transliteration': 'Transliteration of the original wording',
      'noteAnchor': 'Footnote reference',
      'number': 'Number',
      'distribution': 'Distribution',
      'copies': 'Distribution',
      'classification': 'Classification',
      'series': 'Series',
      'registry': 'Registry'}"/>
  <!-- Notes of these types are document furniture, shown discreetly as blocks. -->
  <xsl:variable name="discreet-notes" as="xs:string*"
      select="('distribution', 'copies', 'classification', 'series', 'registry', 'number', 'filing', 'stamp')"/>
  <xsl:variable name="action-label" as="map(xs:string, xs:string)" select="map{
      'sent': 'Sent', 'transmitted': 'Transmitted', 'received': 'Received',
      'forwarded': 'Forwarded', 'redirected': 'Redirected', 'delivered': 'Delivered'}"/>
  <xsl:variable name="idno-label" as="map(xs:string, xs:string)" select="map{
      'fond': 'Fond', 'opis': 'Opis', 'delo': 'Delo', 'papka': 'Papka',
      'box': 'Box', 'folder': 'Folder', 'file': 'File', 'series': 'Series',
      'recordGroup': 'Record group', 'shelfmark': 'Shelfmark'}"/>

  <!-- ===================================================================
       1. PAGE
       =================================================================== -->
  <xsl:template match="/">
    <xsl:call-template name="reading-page"/>
  </xsl:template>

  <xsl:template name="reading-page">
    <xsl:variable name="title" select="ed:document-title($tei)"/>
    <html lang="{($tei/@xml:lang, $tei/tei:text/@xml:lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> &#x2014; <xsl:value-of select="$edition-title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
        <link rel="icon" href="data:,"/>
      </head>
      <body>
        <a class="ed-skip" href="#ed-text">Skip to the text</a>
        <xsl:if test="$in-site"><xsl:sequence select="ed:site-nav($site-root, '', $edition-title)"/></xsl:if>
        <header class="ed-header">
          <xsl:if test="not($in-site)">
            <p class="ed-edition">
              <xsl:choose>
                <xsl:when test="$index-href != ''"><a href="{$index-href}"><xsl:value-of select="$edition-title"/></a></xsl:when>
                <xsl:otherwise><xsl:value-of select="$edition-title"/></xsl:otherwise>
              </xsl:choose>
            </p>
          </xsl:if>
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:for-each select="ed:document-date($tei)">
            <p class="ed-subtitle"><xsl:apply-templates select="."/></p>
          </xsl:for-each>
          <nav aria-label="In this page">
            <ul>
              <xsl:if test="$diplomatic-href != ''">
                <li class="ed-view-switch">Reading view &#xB7; <a href="{$diplomatic-href}">Diplomatic view</a></li>
              </xsl:if>
              <li><a href="#ed-about">About this document</a></li>
              <li><a href="#ed-text">Text</a></li>
              <xsl:if test="$standoff//*[@xml:id]">
                <li><a href="#ed-names">Names in this document</a></li>
              </xsl:if>
            </ul>
          </nav>
        </header>
        <main>
          <xsl:call-template name="metadata"/>
          <section id="ed-text" class="ed-text" aria-labelledby="ed-text-h">
            <h2 id="ed-text-h">Text</h2>
            <article>
              <xsl:apply-templates select="$tei/tei:text"/>
            </article>
          </section>
          <xsl:call-template name="names"/>
        </main>
        <footer class="ed-footer">
          <xsl:for-each select="$header/tei:revisionDesc/tei:change">
            <p><xsl:apply-templates/></p>
          </xsl:for-each>
          <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/tei:authority">
            <p>Source: <xsl:apply-templates/></p>
          </xsl:for-each>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- The metadata panel: a definition list of facts, the archival sources, the
       transmission chain. -->
  <xsl:template name="metadata">
    <xsl:variable name="profile" select="$header/tei:profileDesc"/>
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <section id="ed-about" class="ed-about" aria-labelledby="ed-about-h">
      <h2 id="ed-about-h">About this document</h2>
      <dl class="ed-facts">
        <xsl:for-each select="ed:document-date($tei)">
          <div><dt>Date</dt><dd><xsl:apply-templates select="."/></dd></div>
        </xsl:for-each>
        <xsl:for-each select="ed:document-kind($tei)">
          <div><dt>Kind</dt><dd><xsl:value-of select="ed:upper-first(.)"/></dd></div>
        </xsl:for-each>
        <xsl:for-each select="$profile/tei:abstract">
          <div><dt>Summary</dt><dd class="ed-summary"><xsl:apply-templates/></dd></div>
        </xsl:for-each>
        <xsl:for-each select="$profile/tei:langUsage[tei:language]">
          <div><dt>Languages</dt>
            <dd><xsl:for-each select="tei:language">
              <xsl:if test="position() > 1">; </xsl:if>
              <xsl:apply-templates/>
            </xsl:for-each></dd></div>
        </xsl:for-each>
        <xsl:for-each select="$source/tei:bibl[@type = 'citation']">
          <div><dt>Citation</dt><dd class="ed-citation"><xsl:apply-templates/></dd></div>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'][matches(normalize-space(.), '^https?://')]">
          <div><dt>Record</dt><dd><a class="ed-external" href="{normalize-space(.)}"><xsl:value-of select="normalize-space(.)"/></a></dd></div>
        </xsl:for-each>
      </dl>

      <xsl:if test="$source/tei:msDesc">
        <section class="ed-sources" aria-labelledby="ed-sources-h">
          <h3 id="ed-sources-h">Archival sources</h3>
          <ul class="ed-sources-list">
            <xsl:apply-templates select="$source/tei:msDesc" mode="meta"/>
          </ul>
        </section>
      </xsl:if>

      <xsl:if test="$profile/tei:correspDesc">
        <section class="ed-transmission" aria-labelledby="ed-transmission-h">
          <h3 id="ed-transmission-h">Transmission</h3>
          <xsl:apply-templates select="$profile/tei:correspDesc" mode="meta"/>
        </section>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="tei:msDesc" mode="meta">
    <xsl:variable name="ident" select="tei:msIdentifier"/>
    <li class="ed-source">
      <xsl:copy-of select="ed:id-attr(.)"/>
      <span class="ed-repository">
        <xsl:apply-templates select="$ident/(tei:institution, tei:repository)"/>
        <xsl:if test="$ident/tei:settlement">
          <xsl:text>, </xsl:text><xsl:apply-templates select="$ident/tei:settlement"/>
        </xsl:if>
      </span>
      <dl class="ed-idnos">
        <xsl:for-each select="$ident/(tei:idno, tei:altIdentifier/tei:idno, tei:collection)">
          <div data-type="{ed:token((@type, local-name())[1])}">
            <dt><xsl:value-of select="($idno-label(string(@type)), ed:upper-first(@type), ed:upper-first(local-name()))[1]"/></dt>
            <dd><xsl:value-of select="normalize-space(.)"/></dd>
          </div>
        </xsl:for-each>
        <xsl:for-each select="tei:msContents/tei:msItem/tei:locus | tei:msContents/tei:locus">
          <div data-type="locus">
            <dt>Folios</dt>
            <dd><xsl:value-of select="normalize-space(.)"/></dd>
          </div>
        </xsl:for-each>
      </dl>
    </li>
  </xsl:template>

  <xsl:template match="tei:correspDesc" mode="meta">
    <xsl:variable name="target" select="ed:local-target(@ref)"/>
    <xsl:variable name="n" select="count(preceding-sibling::tei:correspDesc) + 1"/>
    <xsl:variable name="label" as="node()*">
      <xsl:text>Message </xsl:text><xsl:value-of select="$n"/>
      <xsl:if test="$target">
        <xsl:text>: </xsl:text>
        <a href="#{$target/@xml:id}">
          <xsl:value-of select="ed:upper-first(string-join((
              if ($target/self::tei:floatingText) then 'relayed' else (),
              string(($target/@type, local-name($target))[1])), ' '))"/>
        </a>
      </xsl:if>
    </xsl:variable>
    <div class="ed-message">
      <h4 class="ed-message-h"><xsl:sequence select="$label"/></h4>
      <!-- the chain as a diagram: one box per step, arrows between them (edition.css) -->
      <ol class="ed-chain-diagram" aria-label="Transmission of message {$n}">
        <xsl:for-each select="tei:correspAction">
          <li class="ed-step ed-step-{ed:token(@type)}">
            <span class="ed-step-role"><xsl:value-of select="($action-label(string(@type)), ed:upper-first(@type), 'Action')[1]"/></span>
            <span class="ed-step-who">
              <xsl:for-each select="tei:persName | tei:orgName | tei:name">
                <xsl:if test="position() > 1">, </xsl:if><xsl:apply-templates select="."/>
              </xsl:for-each>
              <xsl:if test="empty(tei:persName | tei:orgName | tei:name)"><span class="ed-unknown">not stated</span></xsl:if>
            </span>
            <xsl:for-each select="(tei:placeName | tei:settlement | tei:address)[1]/..">
              <span class="ed-step-where">
                <xsl:for-each select="tei:placeName | tei:settlement | tei:address">
                  <xsl:if test="position() > 1">, </xsl:if><xsl:apply-templates select="."/>
                </xsl:for-each>
              </span>
            </xsl:for-each>
            <xsl:for-each select="tei:date">
              <span class="ed-step-when"><xsl:apply-templates select="."/></span>
            </xsl:for-each>
          </li>
        </xsl:for-each>
      </ol>
      <details class="ed-chain-details">
        <summary>The same as a table</summary>
    <table class="ed-chain">
      <caption><xsl:sequence select="$label"/></caption>
      <thead>
        <tr><th scope="col">Step</th><th scope="col">Who</th><th scope="col">Where</th><th scope="col">When</th></tr>
      </thead>
      <tbody>
        <xsl:for-each select="tei:correspAction">
          <tr class="ed-action ed-action-{ed:token(@type)}">
            <th scope="row"><xsl:value-of select="($action-label(string(@type)), ed:upper-first(@type), 'Action')[1]"/></th>
            <td class="ed-who"><xsl:for-each select="tei:persName | tei:orgName | tei:name">
              <xsl:if test="position() > 1">, </xsl:if><xsl:apply-templates select="."/>
            </xsl:for-each></td>
            <td class="ed-where"><xsl:for-each select="tei:placeName | tei:settlement | tei:address">
              <xsl:if test="position() > 1">, </xsl:if><xsl:apply-templates select="."/>
            </xsl:for-each></td>
            <td class="ed-when"><xsl:apply-templates select="tei:date"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
      </details>
    </div>
    <xsl:for-each select="tei:correspContext/tei:ref">
      <p class="ed-context">
        <xsl:value-of select="if (@type = 'replyTo') then 'In reply to: ' else if (@type = 'prev') then 'Previous: ' else if (@type = 'next') then 'Next: ' else 'See: '"/>
        <xsl:apply-templates select="."/>
      </p>
    </xsl:for-each>
  </xsl:template>

  <!-- "Names in this document", generated from standOff. -->
  <xsl:template name="names">
    <xsl:variable name="lists" select="$standoff/(tei:listPerson, tei:listPlace, tei:listOrg)[*[@xml:id]]"/>
    <xsl:if test="$lists">
      <section id="ed-names" class="ed-names" aria-labelledby="ed-names-h">
        <h2 id="ed-names-h">Names in this document</h2>
        <xsl:for-each select="$lists">
          <xsl:variable name="label" select="map{'listPerson': 'Persons', 'listPlace': 'Places', 'listOrg': 'Organizations'}(local-name())"/>
          <section aria-labelledby="ed-names-{local-name()}">
            <h3 id="ed-names-{local-name()}"><xsl:value-of select="$label"/></h3>
            <ul class="ed-name-list">
              <xsl:apply-templates select="*[@xml:id]" mode="names"/>
            </ul>
          </section>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="names">
    <xsl:variable name="names" select="tei:persName | tei:placeName | tei:orgName | tei:geogName | tei:name"/>
    <xsl:variable name="main" select="($names[@type = 'main'], $names)[1]"/>
    <xsl:variable name="mentions" select="count(key('mentions', string(@xml:id), $tei))"/>
    <li id="{@xml:id}" class="ed-entry ed-entry-{ed:token(local-name())}">
      <span class="ed-main-name"><xsl:value-of select="normalize-space($main)"/></span>
      <xsl:variable name="others" select="$names except $main"/>
      <xsl:if test="$others">
        <span class="ed-other-names">
          <xsl:text> (</xsl:text>
          <xsl:for-each select="$others">
            <xsl:if test="position() > 1">; </xsl:if>
            <xsl:if test="@type and @type != 'variant'"><xsl:value-of select="@type"/>: </xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:for-each>
          <xsl:text>)</xsl:text>
        </span>
      </xsl:if>
      <xsl:sequence select="ed:authority-links(.)"/>
      <xsl:if test="$mentions > 0">
        <span class="ed-mentions"> &#xB7; <xsl:value-of select="$mentions"/>
          <xsl:value-of select="if ($mentions = 1) then ' mention' else ' mentions'"/></span>
      </xsl:if>
      <xsl:if test="$in-site">
        <xsl:variable name="kind" select="$entity-kind(local-name(($names)[1]))"/>
        <xsl:if test="exists($kind)">
          <xsl:text> &#xB7; </xsl:text>
          <a class="ed-register-link" href="{$site-root}{$ed:register-page($kind)}#{@xml:id}">All documents</a>
        </xsl:if>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- ===================================================================
       2. RULES: the TEI -> HTML table. Each returns map{'b': behaviour, ...}.
          keys: b (behaviour), html (element name), class (extra classes),
                title, label, text (replaces the content).
       =================================================================== -->
  <!-- structure -->
  <xsl:template mode="rule" match="tei:text | tei:body | tei:front | tei:back | tei:floatingText/tei:body | tei:group"><xsl:sequence select="map{'b': 'container'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:teiHeader | tei:standOff | tei:facsimile | tei:text//tei:fw"><xsl:sequence select="map{'b': 'omit'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:div"><xsl:sequence select="map{'b': 'block', 'html': 'section'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:head"><xsl:sequence select="map{'b': 'heading'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:head[@type = ('issuer', 'letterhead')]"><xsl:sequence select="map{'b': 'block', 'html': 'p'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:opener | tei:closer | tei:postscript | tei:argument | tei:epigraph | tei:address"><xsl:sequence select="map{'b': 'block', 'html': 'div'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:p | tei:ab"><xsl:sequence select="map{'b': 'block', 'html': if (ed:has-blocks(.)) then 'div' else 'p'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:salute | tei:dateline | tei:signed | tei:byline | tei:docDate | tei:trailer | tei:addrLine | tei:l"><xsl:sequence select="map{'b': 'block', 'html': 'p'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:lg | tei:sp"><xsl:sequence select="map{'b': 'block', 'html': 'div'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:speaker"><xsl:sequence select="map{'b': 'block', 'html': 'p'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:floatingText"><xsl:sequence select="map{'b': 'quoted', 'label': 'Quoted ' || (@type, 'text')[1]}"/></xsl:template>
  <xsl:template mode="rule" match="tei:quote[tei:p | tei:lg | tei:list]"><xsl:sequence select="map{'b': 'quoted'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:list"><xsl:sequence select="map{'b': 'block', 'html': if (@rend = 'numbered' or @type = 'ordered') then 'ol' else 'ul'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:item"><xsl:sequence select="map{'b': 'block', 'html': 'li'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:table"><xsl:sequence select="map{'b': 'block', 'html': 'table'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:row"><xsl:sequence select="map{'b': 'block', 'html': 'tr'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:cell"><xsl:sequence select="map{'b': 'block', 'html': if (@role = 'label') then 'th' else 'td'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:closer/tei:idno | tei:opener/tei:idno | tei:div/tei:idno"><xsl:sequence select="map{'b': 'block', 'html': 'p'}"/></xsl:template>

  <!-- document furniture -->
  <xsl:template mode="rule" match="tei:note[@type = $discreet-notes]"><xsl:sequence select="map{'b': 'discreet', 'label': ($note-type(string(@type)), ed:upper-first(@type))[1]}"/></xsl:template>

  <!-- names, dates -->
  <xsl:template mode="rule" match="tei:persName | tei:placeName | tei:geogName | tei:orgName | tei:repository"><xsl:sequence select="map{'b': 'entity', 'kind': $entity-kind(local-name())}"/></xsl:template>
  <xsl:template mode="rule" match="tei:name | tei:rs"><xsl:sequence select="map{'b': 'entity', 'kind': (map{'person': 'person', 'place': 'place', 'org': 'org'}(string(@type)), 'person')[1]}"/></xsl:template>
  <xsl:template mode="rule" match="tei:date | tei:time | tei:origDate"><xsl:sequence select="map{'b': 'time'}"/></xsl:template>

  <!-- editorial interventions: the brackets of the transcription come back, explained on hover -->
  <xsl:template mode="rule" match="tei:*[ed:is-bracketed(.)]" priority="3"><xsl:sequence select="map{'b': 'bracketed', 'title': ed:why(.), 'text': if (self::tei:gap and not(normalize-space(.))) then '&#x2026;' else (), 'href': ed:footnote-link(.), 'id': if (self::tei:ref[@type = 'noteAnchor'] and not(ancestor::tei:note[@type = 'footnote'])) then 'ed-fnref-' || count(preceding::tei:ref[@type = 'noteAnchor']) + 1 else ()}"/></xsl:template>
  <xsl:template mode="rule" match="tei:gap/tei:desc"><xsl:sequence select="map{'b': 'inline'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:desc"><xsl:sequence select="map{'b': 'omit'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:gap"><xsl:sequence select="map{'b': 'inline', 'title': ed:why(.), 'text': if (normalize-space(.)) then () else '&#x2026;'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:supplied | tei:unclear | tei:sic | tei:note"><xsl:sequence select="map{'b': 'inline', 'title': ed:why(.)}"/></xsl:template>
  <xsl:template mode="rule" match="tei:foreign"><xsl:sequence select="map{'b': 'inline', 'html': 'i', 'title': 'Original wording' || (if (@xml:lang) then ' (' || @xml:lang || ')' else '')}"/></xsl:template>
  <!-- footnotes: a block at the end, linked from and to its [n] anchor -->
  <xsl:template mode="rule" match="tei:note[@type = 'footnote']" priority="1"><xsl:sequence select="map{'b': 'block', 'html': 'div', 'class': 'ed-footnote', 'id': ed:footnote-id(.)}"/></xsl:template>
  <xsl:template mode="rule" match="tei:list/tei:note" priority="2"><xsl:sequence select="map{'b': 'container'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:note[@type = 'footnotes']" priority="1"><xsl:sequence select="map{'b': 'block', 'html': 'p', 'class': 'ed-footnotes-head'}"/></xsl:template>

  <!-- phrase level -->
  <xsl:template mode="rule" match="tei:ref | tei:ptr"><xsl:sequence select="map{'b': 'link'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:hi[@rend = ('italic', 'italics')] | tei:emph | tei:title | tei:mentioned | tei:term"><xsl:sequence select="map{'b': 'inline', 'html': 'em'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:hi[@rend = ('bold', 'strong')]"><xsl:sequence select="map{'b': 'inline', 'html': 'strong'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:hi[@rend = ('underline', 'underlined')]"><xsl:sequence select="map{'b': 'inline', 'html': 'u'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:hi[@rend = ('sup', 'superscript')]"><xsl:sequence select="map{'b': 'inline', 'html': 'sup'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:q | tei:quote | tei:said"><xsl:sequence select="map{'b': 'inline', 'html': 'q'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:lb"><xsl:sequence select="map{'b': 'inline', 'html': 'br'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:pb"><xsl:sequence select="map{'b': 'inline', 'title': 'Page break', 'text': if (@n) then '|' || @n || '|' else '|'}"/></xsl:template>
  <xsl:template mode="rule" match="tei:abbr"><xsl:sequence select="map{'b': 'inline', 'html': 'abbr'}"/></xsl:template>
  <!-- anything else: its content, in a span that keeps the element name as a class -->
  <xsl:template mode="rule" match="*" priority="-10"><xsl:sequence select="map{'b': 'inline'}"/></xsl:template>

  <!-- ===================================================================
       3. BEHAVIOURS
       =================================================================== -->
  <xsl:template match="tei:*">
    <xsl:variable name="r" as="map(*)"><xsl:apply-templates select="." mode="rule"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$r?b = 'container'"><xsl:apply-templates/></xsl:when>
      <xsl:when test="$r?b = 'omit'"/>
      <xsl:when test="$r?b = 'block'">
        <xsl:variable name="html" select="($r?html, 'div')[1]"/>
        <!-- a block inside phrasing content becomes a span (styled display:block) -->
        <xsl:element name="{if (ed:in-flow(.) or $html = ('li', 'tr', 'td', 'th')) then $html else 'span'}">
          <xsl:sequence select="ed:attrs(., $r?class)"/>
          <xsl:if test="$r?id"><xsl:attribute name="id" select="$r?id"/></xsl:if>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:when>
      <xsl:when test="$r?b = 'heading'">
        <xsl:variable name="level" select="min((6, 2 + count(ancestor::tei:div | ancestor::tei:floatingText)))"/>
        <xsl:element name="{if (ed:in-flow(.)) then 'h' || $level else 'span'}">
          <xsl:sequence select="ed:attrs(., $r?class)"/>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:when>
      <xsl:when test="$r?b = 'quoted'">
        <blockquote>
          <xsl:sequence select="ed:attrs(., $r?class)"/>
          <xsl:if test="exists($r?label)">
            <p class="ed-label"><xsl:value-of select="ed:upper-first($r?label)"/></p>
          </xsl:if>
          <xsl:apply-templates/>
        </blockquote>
      </xsl:when>
      <xsl:when test="$r?b = 'discreet'">
        <xsl:element name="{if (ed:in-flow(.)) then 'p' else 'span'}">
          <xsl:sequence select="ed:attrs(., 'ed-discreet')"/>
          <span class="ed-note-label"><xsl:value-of select="$r?label"/></span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:when>
      <xsl:when test="$r?b = 'entity'"><xsl:call-template name="entity"><xsl:with-param name="kind" select="$r?kind"/></xsl:call-template></xsl:when>
      <xsl:when test="$r?b = 'time'"><xsl:call-template name="time"/></xsl:when>
      <xsl:when test="$r?b = 'link'"><xsl:call-template name="link"/></xsl:when>
      <xsl:when test="$r?b = 'bracketed'">
        <xsl:variable name="href" select="if (ed:in-link(.)) then () else $r?href"/>
        <xsl:element name="{if (exists($href)) then 'a' else ($r?html, 'span')[1]}">
          <xsl:if test="exists($href)"><xsl:attribute name="href" select="$href"/></xsl:if>
          <xsl:sequence select="ed:attrs(., ('ed-bracketed', $r?class))"/>
          <xsl:if test="$r?id"><xsl:attribute name="id" select="$r?id"/></xsl:if>
          <xsl:if test="$r?title"><xsl:attribute name="title" select="$r?title"/></xsl:if>
          <xsl:if test="$r?title and empty($href)"><xsl:attribute name="tabindex">0</xsl:attribute></xsl:if>
          <xsl:text>[</xsl:text>
          <xsl:choose>
            <xsl:when test="exists($r?text)"><xsl:value-of select="$r?text"/></xsl:when>
            <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>]</xsl:text>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise><!-- inline -->
        <xsl:element name="{($r?html, 'span')[1]}">
          <xsl:sequence select="ed:attrs(., $r?class)"/>
          <xsl:if test="$r?title"><xsl:attribute name="title" select="$r?title"/><xsl:attribute name="tabindex">0</xsl:attribute></xsl:if>
          <xsl:choose>
            <xsl:when test="($r?html, '')[1] = 'br'"/>
            <xsl:when test="exists($r?text)"><xsl:value-of select="$r?text"/></xsl:when>
            <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
          </xsl:choose>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- entity: a link to the names list, titled with the registry's main name. -->
  <xsl:template name="entity">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="targets" select="ed:standoff-targets(@ref)"/>
    <xsl:variable name="main" select="$targets ! normalize-space(((tei:persName | tei:placeName | tei:orgName | tei:geogName | tei:name)[@type = 'main'], tei:persName | tei:placeName | tei:orgName | tei:geogName | tei:name)[1])"/>
    <xsl:variable name="classes" select="('ed-name', 'ed-' || $kind, if (empty($targets)) then 'ed-unidentified' else ())"/>
    <xsl:variable name="title" select="if (exists($main)) then string-join($main, '; ') else $kind-label($kind) || ' (not identified)'"/>
    <!-- an anchor for every mention in the text, so the registers can link back to it -->
    <xsl:variable name="anchor" select="if (@xml:id) then () else $mention-anchors(generate-id(.))"/>
    <xsl:variable name="href" select="
        if (ed:in-link(.)) then ()
        else if ($in-site) then $site-root || $ed:register-page($kind) || '#' || (let $info := ed:name-info(.) return if ($info[1] = $kind) then $info[2] else ed:entity-key(., $kind))
        else if (exists($targets)) then '#' || $targets[1]/@xml:id
        else ()"/>
    <xsl:choose>
      <xsl:when test="exists($href)">
        <a href="{$href}" title="{$title}">
          <xsl:sequence select="ed:attrs(., $classes)"/>
          <xsl:if test="exists($anchor)"><xsl:attribute name="id" select="$anchor"/></xsl:if>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span title="{$title}" tabindex="0">
          <xsl:sequence select="ed:attrs(., $classes)"/>
          <xsl:if test="exists($anchor)"><xsl:attribute name="id" select="$anchor"/></xsl:if>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- time: the normalized value in @title (and @datetime when HTML accepts it);
       an empty date shows its value in words. An explanation in @title is also
       reachable by keyboard and touch: the element takes focus (tabindex) and
       edition.css shows the title while it has it. -->
  <xsl:template name="time">
    <xsl:variable name="value" select="ed:date-value(.)"/>
    <time>
      <xsl:sequence select="ed:attrs(., ())"/>
      <xsl:if test="ed:html-datetime(@when)">
        <xsl:attribute name="datetime" select="normalize-space(@when)"/>
      </xsl:if>
      <xsl:if test="exists($value)">
        <xsl:attribute name="title" select="$value || ed:cert(@cert)"/>
        <xsl:if test="not(ed:in-link(.))"><xsl:attribute name="tabindex">0</xsl:attribute></xsl:if>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="normalize-space(.) or *"><xsl:apply-templates/></xsl:when>
        <xsl:when test="@when"><xsl:value-of select="ed:format-iso(@when)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
      </xsl:choose>
    </time>
  </xsl:template>

  <!-- link: internal targets that exist, or http(s) URLs; anything else stays text. -->
  <xsl:template name="link">
    <xsl:variable name="t" select="normalize-space((@target, @ref)[1])"/>
    <xsl:variable name="local" select="ed:local-target($t)"/>
    <xsl:variable name="href" select="
        if ($local and not($local/ancestor-or-self::tei:teiHeader)) then '#' || $local/@xml:id
        else if (matches($t, '^https?://[^\s&quot;&lt;&gt;]+$')) then $t else ()"/>
    <xsl:element name="{if (exists($href) and not(ed:in-link(.))) then 'a' else 'span'}">
      <xsl:if test="exists($href) and not(ed:in-link(.))"><xsl:attribute name="href" select="$href"/></xsl:if>
      <xsl:sequence select="ed:attrs(., ())"/>
      <xsl:choose>
        <xsl:when test="self::tei:ptr"><xsl:value-of select="$t"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- ===================================================================
       Helpers
       =================================================================== -->
  <!-- person / place / org, by the rule table -->
  <xsl:function name="ed:kind-of" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="r" as="map(*)"><xsl:apply-templates select="$e" mode="rule"/></xsl:variable>
    <xsl:sequence select="($r?kind, 'person')[1]"/>
  </xsl:function>

  <!-- (kind, register key) of a name: from $name-info, else worked out -->
  <xsl:function name="ed:name-info" as="xs:string+">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="known" select="$name-info(generate-id($e))"/>
    <xsl:sequence select="if (exists($known)) then $known
        else let $kind := ed:kind-of($e) return ($kind, ed:entity-key($e, $kind))"/>
  </xsl:function>

  <!-- ed:entity-key (common.xsl) for a name of this document, with the standOff's ids
       looked up in a map -->
  <xsl:function name="ed:name-key" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="hit" select="(tokenize(normalize-space($e/@ref), ' ')[starts-with(., '#')] ! substring(., 2))[map:contains($standoff-ids, .)][1]"/>
    <xsl:sequence select="if (not($e/ancestor::tei:TEI[1] is $tei)) then ed:entity-key($e, $kind)
        else if (exists($hit)) then $hit else ed:unidentified-key($kind, string($e))"/>
  </xsl:function>

  <!-- id (from xml:id), lang (from xml:lang), class (tei-name, type, extras) -->
  <xsl:function name="ed:attrs" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="extra" as="xs:string*"/>
    <xsl:sequence select="ed:id-attr($e)"/>
    <xsl:if test="$e/@xml:lang">
      <xsl:attribute name="lang" select="$e/@xml:lang"/>
    </xsl:if>
    <xsl:attribute name="class" select="string-join((
        'tei-' || local-name($e),
        $e/@type ! ('tei-' || local-name($e) || '-' || ed:token(.)),
        $extra), ' ')"/>
  </xsl:function>

  <xsl:function name="ed:id-attr" as="attribute()?">
    <xsl:param name="e" as="element()"/>
    <xsl:if test="$e/@xml:id">
      <xsl:attribute name="id" select="$e/@xml:id"/>
    </xsl:if>
  </xsl:function>

  <!-- The standOff entries a @ref points at ("#a #b"); unknown ones are dropped. -->
  <xsl:function name="ed:standoff-targets" as="element()*">
    <xsl:param name="ref" as="attribute()?"/>
    <xsl:sequence select="tokenize(normalize-space($ref), ' ')[starts-with(., '#')]
        ! key('standoff', substring(., 2), $ref/root())"/>
  </xsl:function>

  <!-- The element a "#id" pointer names in this document, if any. -->
  <xsl:function name="ed:local-target" as="element()?">
    <xsl:param name="ptr" as="item()?"/>
    <xsl:variable name="p" select="normalize-space($ptr)"/>
    <xsl:sequence select="if (starts-with($p, '#') and not(contains($p, ' ')))
        then key('by-id', substring($p, 2), $tei/root())[1] else ()"/>
  </xsl:function>

  <xsl:function name="ed:is-bracketed" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="map:contains($bracketed-names, local-name($e)) and (local-name($e) = $bracketed-set
        or $e/(@type | @reason) ! (local-name($e) || ':' || .) = $bracketed-set)"/>
  </xsl:function>

  <!-- The hover explanation of an editorial intervention. -->
  <xsl:function name="ed:why" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
        if ($e/self::tei:supplied) then ed:explain($supplied-reason, $e/@reason, 'Supplied by the editor') || ed:cert($e/@cert)
        else if ($e/self::tei:gap) then ed:explain($gap-reason, $e/@reason, 'Omission')
        else if ($e/self::tei:unclear) then ed:explain($gap-reason, $e/@reason, 'Uncertain reading') || ed:cert($e/@cert)
        else if ($e/self::tei:sic) then 'Thus in the original'
        else if ($e/self::tei:ref) then ed:explain($note-type, $e/@type, 'Reference')
        else ed:explain($note-type, $e/@type, 'Note')"/>
  </xsl:function>

  <!-- Footnotes (note[@type='footnote'] opening with a noteAnchor) and their anchors. -->
  <xsl:function name="ed:footnote-id" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="'ed-fn-' || count($note/preceding::tei:note[@type = 'footnote']) + 1"/>
  </xsl:function>

  <xsl:function name="ed:footnote-link" as="xs:string?">
    <xsl:param name="ref" as="element()"/>
    <xsl:variable name="n" select="normalize-space($ref)"/>
    <xsl:variable name="anchors" select="$ref/ancestor::tei:text[1]//tei:ref[@type = 'noteAnchor'][normalize-space(.) = $n]"/>
    <xsl:variable name="home" select="$ref/ancestor::tei:note[@type = 'footnote'][1]"/>
    <xsl:sequence select="
        if (not($ref/self::tei:ref[@type = 'noteAnchor']) or $n = '') then ()
        else if ($home) then
          ($anchors[not(ancestor::tei:note[@type = 'footnote'])][1] ! ('#ed-fnref-' || count(preceding::tei:ref[@type = 'noteAnchor']) + 1))
        else
          ($ref/ancestor::tei:text[1]//tei:note[@type = 'footnote'][normalize-space((.//tei:ref[@type = 'noteAnchor'])[1]) = $n][1]
            ! ('#' || ed:footnote-id(.)))"/>
  </xsl:function>

  <xsl:function name="ed:explain" as="xs:string">
    <xsl:param name="table" as="map(*)"/>
    <xsl:param name="key" as="attribute()?"/>
    <xsl:param name="default" as="xs:string"/>
    <xsl:sequence select="($table(string($key)), if ($key) then $default || ' (' || $key || ')' else $default)[1]"/>
  </xsl:function>

  <xsl:function name="ed:cert" as="xs:string">
    <xsl:param name="cert" as="attribute()?"/>
    <xsl:sequence select="if ($cert) then ' (certainty: ' || $cert || ')' else ''"/>
  </xsl:function>

  <!-- Would a block element be rendered inside HTML flow content? -->
  <xsl:function name="ed:in-flow" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="parent" select="$e/parent::*"/>
    <xsl:sequence select="exists($parent[self::tei:body or self::tei:div or self::tei:opener or self::tei:closer
        or self::tei:floatingText or self::tei:front or self::tei:back or self::tei:postscript or self::tei:sp
        or self::tei:lg or self::tei:item or self::tei:cell or self::tei:argument or self::tei:epigraph
        or self::tei:address or self::tei:text or self::tei:abstract or self::tei:quote[tei:p | tei:lg | tei:list]
        or self::tei:p[ed:has-blocks(.)] or self::tei:ab[ed:has-blocks(.)]])"/>
  </xsl:function>

  <xsl:function name="ed:has-blocks" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists($p/(tei:list | tei:table | tei:floatingText | tei:lg | tei:sp | tei:quote[tei:p | tei:lg | tei:list]))"/>
  </xsl:function>

  <xsl:function name="ed:in-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::*[@ref][self::tei:persName or self::tei:placeName or self::tei:orgName
        or self::tei:geogName or self::tei:repository or self::tei:name or self::tei:rs])
        or exists($e/ancestor::*[@target or @ref][self::tei:ref or self::tei:ptr])"/>
  </xsl:function>

</xsl:stylesheet>
