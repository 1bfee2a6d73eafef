<?xml version="1.0" encoding="UTF-8"?>
<!--
  document.xsl: one TEI document -> everything the site needs from it, in one pass
  (encoder.site runs it once per document, on a document parsed once):

    - the reading view (reading.xsl) and the diplomatic view (diplomatic.xsl), serialized;
    - a <doc> record for the edition's pages (site.xsl): title,
      date, kind, summary, who sent and received the main message, every name of the
      text with its register key and anchor, the registry entries of the standOff, and
      the plain text for the search index.

  The result is one string (text output): the lengths in characters of the reading and
  diplomatic pages ("R D"), a line feed, then the two pages (HTML5) and the record (XML)
  back to back; encoder.site cuts it apart.

  Parameters (besides those of reading.xsl and diplomatic.xsl): doc-href and dipl-href
  (the pages' paths from the site's root, written into the record).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:encoder:edition"
    exclude-result-prefixes="#all">

  <xsl:import href="diplomatic.xsl"/>

  <!-- One string: "R D" (the lengths of the two pages, in characters), a line feed, then
       the reading page, the diplomatic page and the record, back to back. Returning the
       pages as strings (encoder.site writes them) is several times faster in SaxonC than
       xsl:result-document writing files, and a text result spares the JSON escaping of
       every page (and its decoding in Python). -->
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:variable name="ed:html5" as="map(*)" select="map{'method': 'html', 'html-version': 5,
      'encoding': 'UTF-8', 'indent': false(), 'include-content-type': false()}"/>

  <xsl:param name="doc-href" as="xs:string" select="''"/>
  <xsl:param name="dipl-href" as="xs:string" select="''"/>

  <xsl:template match="/">
    <xsl:variable name="reading" as="document-node()"><xsl:document><xsl:call-template name="reading-page"/></xsl:document></xsl:variable>
    <xsl:variable name="diplomatic" as="document-node()"><xsl:document><xsl:call-template name="diplomatic-page"/></xsl:document></xsl:variable>
    <xsl:variable name="record" as="element()"><xsl:call-template name="record"/></xsl:variable>
    <xsl:variable name="reading-html" as="xs:string" select="serialize($reading, $ed:html5)"/>
    <xsl:variable name="diplomatic-html" as="xs:string" select="serialize($diplomatic, $ed:html5)"/>
    <xsl:value-of select="string-length($reading-html) || ' ' || string-length($diplomatic-html) || '&#10;'
        || $reading-html || $diplomatic-html || serialize($record)"/>
  </xsl:template>

  <xsl:template name="record">
    <xsl:variable name="profile" select="$header/tei:profileDesc"/>
    <xsl:variable name="date" select="ed:document-date($tei)"/>
    <xsl:variable name="messages" select="$profile/tei:correspDesc"/>
    <!-- the main message: the one held by a div of the body (not a relayed one) -->
    <xsl:variable name="main" select="($messages[ed:local-target(@ref)/self::tei:div], $messages)[1]"/>
    <doc href="{$doc-href}" dipl="{$dipl-href}" key="{ed:date-key($date)}"
        when="{$date ! ed:date-value(.)}" kind="{ed:document-kind($tei)}" id="{$tei/@xml:id}">
      <title><xsl:value-of select="ed:document-title($tei)"/></title>
      <summary><xsl:value-of select="normalize-space($profile/tei:abstract)"/></summary>
      <xsl:for-each select="$main/tei:correspAction">
        <xsl:variable name="role" select="if (@type = 'sent') then 'from' else if (@type = 'received') then 'to' else 'via'"/>
        <xsl:for-each select="tei:persName | tei:orgName | tei:name | tei:placeName">
          <xsl:variable name="kind" select="ed:kind-of(.)"/>
          <xsl:element name="{if (self::tei:placeName) then 'at' else $role}">
            <xsl:attribute name="kind" select="$kind"/>
            <xsl:attribute name="key" select="ed:entity-key(., $kind)"/>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:element>
        </xsl:for-each>
      </xsl:for-each>
      <!-- names of the text, each with its anchor in the reading view -->
      <xsl:for-each select="$text-names">
        <xsl:variable name="kind" select="ed:kind-of(.)"/>
        <m kind="{$kind}" key="{ed:entity-key(., $kind)}" a="{(@xml:id, $mention-anchors(generate-id(.)))[1]}">
          <xsl:value-of select="normalize-space(.)"/>
        </m>
      </xsl:for-each>
      <!-- names of the metadata (transmission) that the text may not repeat -->
      <xsl:for-each select="$messages//(tei:persName | tei:orgName | tei:placeName | tei:name)">
        <xsl:variable name="kind" select="ed:kind-of(.)"/>
        <c kind="{$kind}" key="{ed:entity-key(., $kind)}"><xsl:value-of select="normalize-space(.)"/></c>
      </xsl:for-each>
      <xsl:for-each select="$standoff/(tei:listPerson/tei:person, tei:listPlace/tei:place, tei:listOrg/tei:org)[@xml:id]">
        <entry kind="{if (self::tei:person) then 'person' else if (self::tei:place) then 'place' else 'org'}" key="{@xml:id}">
          <xsl:copy-of select="." copy-namespaces="no"/>
        </entry>
      </xsl:for-each>
      <text><xsl:value-of select="$diplomatic-lines" separator="&#10;"/></text>
    </doc>
  </xsl:template>

  <!-- person / place / org, by the reading view's own rule table -->
  <xsl:function name="ed:kind-of" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="r" as="map(*)"><xsl:apply-templates select="$e" mode="rule"/></xsl:variable>
    <xsl:sequence select="($r?kind, 'person')[1]"/>
  </xsl:function>

</xsl:stylesheet>
