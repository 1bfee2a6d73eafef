<?xml version="1.0" encoding="UTF-8"?>
<!--
  index.xsl: the edition's index page.

  Input: a manifest the build writes (encoder.render.Renderer.render_index makes it):

    <documents title="Edition">
      <document tei="file:///abs/path/wcda-112109.xml" href="wcda-112109.html" valid="true"/>
      <document href="other.html" valid="false">
        <title>...</title> <date>1951-06</date> <kind>letter</kind> <summary>...</summary>
      </document>
    </documents>

  Title, date, kind and summary are read from the TEI file itself (doc(@tei)), so the
  index cannot disagree with the documents. A child element of <document> overrides
  the value from the TEI (and is the only source when there is no @tei).
  Documents are listed by date (ISO string order; undated last), then by title.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:encoder:edition"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"
      include-content-type="no"/>

  <xsl:param name="css-href" as="xs:string" select="'edition.css'"/>

  <xsl:template match="/documents">
    <xsl:variable name="title" select="(@title[normalize-space()], 'Edition')[1] ! normalize-space(.)"/>
    <xsl:variable name="entries" as="element(entry)*">
      <xsl:apply-templates select="document"/>
    </xsl:variable>
    <html lang="{(@lang, 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
        <link rel="icon" href="data:,"/>
      </head>
      <body>
        <a class="ed-skip" href="#ed-documents">Skip to the list of documents</a>
        <header class="ed-header">
          <h1><xsl:value-of select="$title"/></h1>
          <p class="ed-subtitle">
            <xsl:value-of select="count($entries)"/>
            <xsl:value-of select="if (count($entries) = 1) then ' document' else ' documents'"/>
            <xsl:variable name="dates" select="$entries/@key[. != ''] ! string(.)"/>
            <xsl:if test="exists($dates)">
              <xsl:text>, </xsl:text>
              <xsl:value-of select="substring(min($dates), 1, 4)"/>
              <xsl:if test="substring(min($dates), 1, 4) != substring(max($dates), 1, 4)">
                <xsl:text>&#x2013;</xsl:text><xsl:value-of select="substring(max($dates), 1, 4)"/>
              </xsl:if>
            </xsl:if>
          </p>
          <nav aria-label="Edition">
            <ul><li><a href="#ed-documents">Documents</a></li></ul>
          </nav>
        </header>
        <main>
          <section id="ed-documents" aria-labelledby="ed-documents-h">
            <h2 id="ed-documents-h">Documents by date</h2>
            <ol class="ed-documents">
              <xsl:for-each select="$entries">
                <xsl:sort select="if (@key = '') then 1 else 0"/>
                <xsl:sort select="@key"/>
                <xsl:sort select="title" lang="en"/>
                <li class="ed-document">
                  <article aria-labelledby="ed-doc-{position()}">
                    <h3 id="ed-doc-{position()}"><a href="{@href}"><xsl:value-of select="title"/></a></h3>
                    <p class="ed-doc-meta">
                      <xsl:choose>
                        <xsl:when test="@when != ''">
                          <time title="{@when}">
                            <xsl:if test="matches(@when, '^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+\-]\d{2}:\d{2})?)?)?)?$')">
                              <xsl:attribute name="datetime" select="@when"/>
                            </xsl:if>
                            <xsl:value-of select="ed:format-iso(@when)"/>
                          </time>
                        </xsl:when>
                        <xsl:otherwise><span class="ed-undated">Undated</span></xsl:otherwise>
                      </xsl:choose>
                      <xsl:if test="kind != ''">
                        <xsl:text> &#xB7; </xsl:text>
                        <span class="ed-kind"><xsl:value-of select="ed:upper-first(kind)"/></span>
                      </xsl:if>
                      <xsl:if test="@valid = 'false'">
                        <xsl:text> &#xB7; </xsl:text>
                        <span class="ed-invalid">Not valid TEI: see the validation report</span>
                      </xsl:if>
                    </p>
                    <xsl:if test="summary != ''">
                      <p class="ed-doc-summary"><xsl:value-of select="summary"/></p>
                    </xsl:if>
                  </article>
                </li>
              </xsl:for-each>
            </ol>
          </section>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- One manifest entry -> entry(@key, @when, @href, @valid; title, kind, summary) -->
  <xsl:template match="document">
    <xsl:variable name="tei" select="if (@tei) then doc(@tei)/tei:TEI else ()" as="element(tei:TEI)?"/>
    <xsl:variable name="date" select="if ($tei) then ed:document-date($tei) else ()"/>
    <xsl:variable name="when" select="(date[normalize-space()], $date ! ed:date-value(.))[1] ! normalize-space(.)"/>
    <entry href="{@href}" valid="{@valid}" when="{$when}"
        key="{(date[normalize-space()], ed:date-key($date))[1] ! normalize-space(.)}">
      <title><xsl:value-of select="(title[normalize-space()] ! normalize-space(.), $tei ! ed:document-title(.), string(@href))[1]"/></title>
      <kind><xsl:value-of select="(kind[normalize-space()], $tei ! ed:document-kind(.))[1]"/></kind>
      <summary><xsl:value-of select="(summary[normalize-space()], $tei/tei:teiHeader/tei:profileDesc/tei:abstract)[1] ! normalize-space(.)"/></summary>
    </entry>
  </xsl:template>

</xsl:stylesheet>
