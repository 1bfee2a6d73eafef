<?xml version="1.0" encoding="UTF-8"?>
<!--
  document.xsl: one TEI document -> everything the site needs from it, in one pass
  (encoder.site runs it once per document, on a document parsed once):

    - the reading view (reading.xsl) and the diplomatic view (diplomatic.xsl), serialized;
    - a <doc> record for the edition's pages (site.xsl): title,
      date, kind, summary, who sent and received the main message, every name of the
      text with its register key and anchor, the registry entries of the standOff, and
      the plain text for the search index.

  The result is one string: the lengths in characters of the diplomatic page and the
  record ("D R"), a line feed, the diplomatic page (HTML5), the record (XML), then the
  reading page (HTML5); encoder.site cuts it apart.

  Parameters (besides those of reading.xsl and diplomatic.xsl): doc-href and dipl-href
  (the pages' paths from the site's root, written into the record); seen-entries (the
  registry entries already given in an earlier record: their <entry> stays, empty).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:encoder:edition"
    exclude-result-prefixes="#all">

  <xsl:import href="diplomatic.xsl"/>

  <!-- One string: "D R" (the lengths in characters of the diplomatic page and of the
       record), a line feed, the diplomatic page and the record, then the reading page.
       Returning the pages as strings (encoder.site writes them) is several times faster
       in SaxonC than xsl:result-document writing files. The reading page, the largest, is
       the principal result, serialized as it is made (serialize() on a temporary tree
       costs more); the other two are serialize()d and written out unescaped before it.
       No JSON: its escaping of every page (and the decoding in Python) cost more. -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
  <xsl:variable name="ed:html5" as="map(*)" select="map{'method': 'html', 'html-version': 5,
      'encoding': 'UTF-8', 'indent': false(), 'include-content-type': false()}"/>

  <xsl:param name="doc-href" as="xs:string" select="''"/>
  <xsl:param name="dipl-href" as="xs:string" select="''"/>
  <!-- " kind:key kind:key ... ": the registry entries that records made earlier in this
       run (by this process, in the catalogue's order) carried; their copies are left out -->
  <xsl:param name="seen-entries" as="xs:string" select="''"/>

  <xsl:template match="/">
    <xsl:variable name="diplomatic" as="document-node()"><xsl:document><xsl:call-template name="diplomatic-page"/></xsl:document></xsl:variable>
    <xsl:variable name="record" as="element()"><xsl:call-template name="record"/></xsl:variable>
    <xsl:variable name="diplomatic-html" as="xs:string" select="serialize($diplomatic, $ed:html5)"/>
    <xsl:variable name="record-xml" as="xs:string" select="serialize($record)"/>
    <xsl:value-of select="string-length($diplomatic-html) || ' ' || string-length($record-xml) || '&#10;'
        || $diplomatic-html || $record-xml" disable-output-escaping="yes"/>
    <xsl:call-template name="reading-page"/>
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
          <xsl:variable name="info" select="ed:name-info(.)"/>
          <xsl:element name="{if (self::tei:placeName) then 'at' else $role}">
            <xsl:attribute name="kind" select="$info[1]"/>
            <xsl:attribute name="key" select="$info[2]"/>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:element>
        </xsl:for-each>
      </xsl:for-each>
      <!-- names of the text, each with its anchor in the reading view -->
      <xsl:for-each select="$text-names">
        <xsl:variable name="info" select="ed:name-info(.)"/>
        <m kind="{$info[1]}" key="{$info[2]}" a="{(@xml:id, $mention-anchors(generate-id(.)))[1]}">
          <xsl:value-of select="normalize-space(.)"/>
        </m>
      </xsl:for-each>
      <!-- names of the metadata (transmission) that the text may not repeat -->
      <xsl:for-each select="$messages//(tei:persName | tei:orgName | tei:placeName | tei:name)">
        <xsl:variable name="info" select="ed:name-info(.)"/>
        <c kind="{$info[1]}" key="{$info[2]}"><xsl:value-of select="normalize-space(.)"/></c>
      </xsl:for-each>
      <xsl:for-each select="$standoff/(tei:listPerson/tei:person, tei:listPlace/tei:place, tei:listOrg/tei:org)[@xml:id]">
        <xsl:variable name="kind" select="if (self::tei:person) then 'person' else if (self::tei:place) then 'place' else 'org'"/>
        <entry kind="{$kind}" key="{@xml:id}">
          <!-- site.xsl reads only the first registry entry of a key (in the catalogue's
               order): one that an earlier record of this run carried is not copied again -->
          <xsl:if test="not(contains($seen-entries, ' ' || $kind || ':' || @xml:id || ' ')) or contains(@xml:id, ' ')">
            <xsl:copy-of select="." copy-namespaces="no"/>
          </xsl:if>
        </entry>
      </xsl:for-each>
      <text><xsl:value-of select="$diplomatic-lines" separator="&#10;"/></text>
    </doc>
  </xsl:template>

</xsl:stylesheet>
