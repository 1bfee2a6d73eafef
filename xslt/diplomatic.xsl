<?xml version="1.0" encoding="UTF-8"?>
<!--
  diplomatic.xsl: one TEI document -> its diplomatic view, line for line as transcribed.

  The text of the body, in document order, with the editorial square brackets put back
  where encoder.tei.BRACKETED says they stood (the same rule as encoder.text, so the lines
  are the transcription's lines), split at its line breaks: one numbered list item per
  line, blank lines kept. No markup from the source is ever copied: the lines are strings.

  Imports reading.xsl for its parameters, tables and page pieces; "/" here is the
  diplomatic page. Extra parameter: reading-href (link to the reading view; empty: none).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:encoder:edition"
    exclude-result-prefixes="#all">

  <xsl:import href="reading.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"
      include-content-type="no"/>

  <xsl:param name="reading-href" as="xs:string" select="''"/>

  <xsl:template match="/">
    <xsl:call-template name="diplomatic-page"/>
  </xsl:template>

  <!-- The transcription as one string: text nodes, brackets restored. -->
  <xsl:mode name="dipl" on-no-match="shallow-skip"/>
  <xsl:template mode="dipl" match="text()"><xsl:value-of select="."/></xsl:template>
  <xsl:template mode="dipl" match="tei:*">
    <xsl:choose>
      <xsl:when test="ed:is-bracketed(.)">[<xsl:apply-templates mode="dipl"/>]</xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="dipl"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="ed:diplomatic-lines" as="xs:string*">
    <xsl:param name="body" as="element()?"/>
    <xsl:variable name="text" as="xs:string">
      <xsl:value-of><xsl:apply-templates select="$body" mode="dipl"/></xsl:value-of>
    </xsl:variable>
    <!-- XML parsing has made every line end a single LF; a regex with alternatives here
         costs SaxonC milliseconds per document -->
    <xsl:variable name="lines" select="tokenize($text, '\n')"/>
    <!-- blank lines before the first and after the last line of text are the XML's layout -->
    <xsl:variable name="filled" select="index-of($lines ! boolean(normalize-space(.)), true())"/>
    <xsl:sequence select="if (empty($filled)) then () else subsequence($lines, $filled[1], $filled[last()] - $filled[1] + 1)"/>
  </xsl:function>

  <xsl:variable name="diplomatic-lines" as="xs:string*" select="ed:diplomatic-lines($tei/tei:text/tei:body)"/>

  <xsl:template name="diplomatic-page">
    <xsl:variable name="title" select="ed:document-title($tei)"/>
    <xsl:variable name="lines" select="$diplomatic-lines"/>
    <html lang="{($tei/@xml:lang, $tei/tei:text/@xml:lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (diplomatic) &#x2014; <xsl:value-of select="$edition-title"/></title>
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
              <xsl:if test="$reading-href != ''">
                <li class="ed-view-switch"><a href="{$reading-href}">Reading view</a> &#xB7; Diplomatic view</li>
              </xsl:if>
              <li><a href="#ed-text">Text</a></li>
            </ul>
          </nav>
        </header>
        <main>
          <section id="ed-text" class="ed-diplomatic" aria-labelledby="ed-text-h">
            <h2 id="ed-text-h">Text, line for line as transcribed</h2>
            <p class="ed-note-about">
              <xsl:value-of select="count($lines)"/>
              <xsl:text> lines. Square brackets are the editor&#x2019;s, as in the transcription.</xsl:text>
            </p>
            <ol class="ed-lines">
              <xsl:for-each select="$lines">
                <li>
                  <xsl:if test="not(normalize-space(.))"><xsl:attribute name="class" select="'ed-blank'"/></xsl:if>
                  <xsl:value-of select="."/>
                </li>
              </xsl:for-each>
            </ol>
          </section>
        </main>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
