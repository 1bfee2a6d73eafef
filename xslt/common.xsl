<?xml version="1.0" encoding="UTF-8"?>
<!--
  Functions shared by the stylesheets: label tables, date formatting, register keys,
  authority links, the site's navigation. No templates here, only data and functions.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:encoder:edition"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:months" as="xs:string+"
      select="('January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December')"/>

  <!-- ISO 8601 (as TEI @when holds it) to "13 June 1951, 22:00 (UTC+08:00)".
       Values it does not recognise come back unchanged. -->
  <xsl:function name="ed:format-iso" as="xs:string">
    <xsl:param name="v" as="xs:string?"/>
    <xsl:variable name="s" select="normalize-space($v)"/>
    <xsl:analyze-string select="$s"
        regex="^(-?\d{{4}})(-(\d{{2}})(-(\d{{2}})(T(\d{{2}}):(\d{{2}})(:\d{{2}}(\.\d+)?)?(Z|[+\-]\d{{2}}:\d{{2}})?)?)?)?$">
      <xsl:matching-substring>
        <xsl:variable name="month" select="if (regex-group(3)) then $ed:months[xs:integer(regex-group(3))] else ()"/>
        <xsl:variable name="day" select="if (regex-group(5)) then string(xs:integer(regex-group(5))) else ()"/>
        <xsl:variable name="time" select="if (regex-group(7)) then concat(regex-group(7), ':', regex-group(8)) else ()"/>
        <xsl:variable name="zone" select="regex-group(11)"/>
        <xsl:sequence select="string-join((
            string-join(($day, $month, regex-group(1)), ' '),
            if ($time) then concat($time,
                 if ($zone = 'Z') then ' (UTC)' else if ($zone) then concat(' (UTC', $zone, ')') else '')
            else ()), ', ')"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:sequence select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- The normalized value of a TEI dating element (date, time, creation/date...) as one
       line: "1951-06-13", "from 1951-06-01 to 1951-06-30", "not before 1950" ... -->
  <xsl:function name="ed:date-value" as="xs:string?">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="parts" as="xs:string*" select="
        if ($d/@when) then string($d/@when)
        else (
          if ($d/@from and $d/@to) then concat('from ', $d/@from, ' to ', $d/@to)
          else if ($d/@from) then concat('from ', $d/@from)
          else if ($d/@to) then concat('to ', $d/@to) else (),
          if ($d/@notBefore and $d/@notAfter) then concat('between ', $d/@notBefore, ' and ', $d/@notAfter)
          else if ($d/@notBefore) then concat('not before ', $d/@notBefore)
          else if ($d/@notAfter) then concat('not after ', $d/@notAfter) else ())"/>
    <xsl:sequence select="if (exists($parts)) then string-join($parts, '; ') else ()"/>
  </xsl:function>

  <!-- A sortable key for a dating element: the earliest ISO value it carries. -->
  <xsl:function name="ed:date-key" as="xs:string?">
    <xsl:param name="d" as="element()?"/>
    <xsl:sequence select="($d/@when, $d/@from, $d/@notBefore, $d/@to, $d/@notAfter)[1] ! string(.)"/>
  </xsl:function>

  <!-- The date of a TEI document: creation/date, else the date the (first) message was sent. -->
  <xsl:function name="ed:document-date" as="element()?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="(
        $tei/tei:teiHeader/tei:profileDesc/tei:creation//(tei:date | tei:origDate)[@when or @from or @notBefore or @to or @notAfter],
        $tei/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date[@when or @from or @notBefore or @to or @notAfter]
      )[1]"/>
  </xsl:function>

  <!-- The kind of a document: the @type of its first div. -->
  <xsl:function name="ed:document-kind" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="($tei/tei:text/tei:body/tei:div/@type)[1] ! string(.)"/>
  </xsl:function>

  <xsl:function name="ed:document-title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="normalize-space(($titles[@type = 'main'], $titles, 'Untitled document')[1])"/>
  </xsl:function>

  <xsl:variable name="authority" as="map(xs:string, map(xs:string, xs:string))" select="map{
      'wikidata': map{'label': 'Wikidata', 'url': 'https://www.wikidata.org/wiki/', 'pattern': '^Q[0-9]+$'},
      'viaf': map{'label': 'VIAF', 'url': 'https://viaf.org/viaf/', 'pattern': '^[0-9]+$'},
      'geonames': map{'label': 'GeoNames', 'url': 'https://www.geonames.org/', 'pattern': '^[0-9]+$'}}"/>
  <xsl:variable name="kind-label" as="map(xs:string, xs:string)" select="map{
      'person': 'Person', 'place': 'Place', 'org': 'Organization'}"/>
  <!-- The register page of each kind of name (site mode). -->
  <xsl:variable name="ed:register-page" as="map(xs:string, xs:string)" select="map{
      'person': 'persons.html', 'place': 'places.html', 'org': 'orgs.html'}"/>

  <!-- The register entry a name belongs to: the xml:id of its registry entry (the first
       of @ref that the document's standOff holds), else a key made from the name as
       written ("u-person-filippov"), so that names the registry does not know yet are
       gathered in the registers too. -->
  <xsl:key name="ed:standoff-id" match="tei:standOff[@xml:id] | tei:standOff//*[@xml:id]" use="@xml:id"/>
  <xsl:function name="ed:entity-key" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="ids" select="tokenize(normalize-space($e/@ref), ' ')[starts-with(., '#')] ! substring(., 2)"/>
    <xsl:variable name="tei" select="$e/ancestor::tei:TEI[1]"/>
    <!-- by key, not by a scan of the standOff per name (the same test: an xml:id within a
         standOff of this TEI) -->
    <xsl:variable name="hit" select="if (root($e) instance of document-node())
        then $ids[exists(key('ed:standoff-id', ., root($e))[(ancestor-or-self::tei:standOff/parent::tei:TEI) intersect $tei])][1]
        else ($ids[. = $tei/tei:standOff//@xml:id])[1]"/>
    <xsl:sequence select="if (exists($hit)) then $hit else ed:unidentified-key($kind, string($e))"/>
  </xsl:function>

  <xsl:function name="ed:unidentified-key" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <!-- no regex: SaxonC spends more on a \p{L} class per call than on the rest of a page -->
    <xsl:sequence select="'u-' || $kind || '-' || string-join(tokenize(translate(lower-case(normalize-space($text)),
        ' .,;:!?()[]{}&lt;&gt;&quot;&#x27;&#x27;/\|#%&amp;*+=~`^@$&#x2018;&#x2019;&#x201C;&#x201D;&#x2014;&#x2013;&#xAB;&#xBB;',
        '---------------------------------------'), '-')[. != ''], '-')"/>
  </xsl:function>

  <!-- Authority links of a registry entry (person, place, org): Wikidata, VIAF, GeoNames.
       A value that does not look like an identifier of its kind is shown, not linked. -->
  <xsl:function name="ed:authority-links" as="node()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:for-each select="$entry/tei:idno[exists($authority(string(@type)))]">
      <xsl:variable name="a" select="$authority(string(@type))"/>
      <xsl:variable name="id" select="normalize-space(.)"/>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="matches($id, $a?pattern)">
          <a class="ed-authority ed-authority-{@type}" href="{$a?url}{encode-for-uri($id)}"><xsl:value-of select="$a?label"/>&#xA0;<xsl:value-of select="$id"/></a>
        </xsl:when>
        <xsl:otherwise>
          <span class="ed-authority"><xsl:value-of select="$a?label"/>&#xA0;<xsl:value-of select="$id"/></span>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- The site's navigation bar (site mode): root is the way to the site's root ("",
       "../"), current the page it is on (its file name, or '' for a document). -->
  <xsl:variable name="ed:site-pages" as="array(xs:string+)" select="[
      ('index.html', 'Documents'), ('persons.html', 'Persons'), ('places.html', 'Places'),
      ('orgs.html', 'Organizations'), ('timeline.html', 'Timeline'), ('map.html', 'Map'),
      ('search.html', 'Search')]"/>
  <xsl:function name="ed:site-nav" as="element()">
    <xsl:param name="root" as="xs:string"/>
    <xsl:param name="current" as="xs:string"/>
    <xsl:param name="edition-title" as="xs:string"/>
    <nav class="ed-site-nav" aria-label="Edition">
      <a class="ed-site-title" href="{$root}index.html"><xsl:value-of select="$edition-title"/></a>
      <ul>
        <xsl:for-each select="1 to array:size($ed:site-pages)">
          <xsl:variable name="page" select="$ed:site-pages(.)"/>
          <li>
            <a href="{$root}{$page[1]}">
              <xsl:if test="$page[1] = $current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
              <xsl:value-of select="$page[2]"/>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
  </xsl:function>

  <!-- Is an ISO value one that HTML's datetime attribute accepts (a year, year-month, date,
       or date and time with seconds and optional zone)? Casts, not a regex: cheaper in SaxonC. -->
  <xsl:function name="ed:html-datetime" as="xs:boolean">
    <xsl:param name="v" as="xs:string?"/>
    <xsl:variable name="s" select="normalize-space($v)"/>
    <xsl:sequence select="if (string-length($s) = 4) then $s castable as xs:gYear and not(starts-with($s, '-'))
        else if (string-length($s) = 7) then $s castable as xs:gYearMonth
        else if (string-length($s) = 10) then $s castable as xs:date
        else if (string-length($s) ge 19 and substring($s, 11, 1) = 'T') then $s castable as xs:dateTime
        else false()"/>
  </xsl:function>

  <!-- "telegram" -> "Telegram" -->
  <xsl:function name="ed:upper-first" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="concat(upper-case(substring($s, 1, 1)), substring($s, 2))"/>
  </xsl:function>

  <!-- A safe class-name token from any attribute value. -->
  <xsl:function name="ed:token" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:variable name="t" select="lower-case(normalize-space($s))"/>
    <xsl:sequence select="if (translate($t, 'abcdefghijklmnopqrstuvwxyz0123456789_-', '') = '') then $t
        else replace($t, '[^a-z0-9_\-]+', '-')"/>
  </xsl:function>

</xsl:stylesheet>
