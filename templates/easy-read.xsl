<?xml version="1.0" encoding="UTF-8"?>
<!--
  easy-read.xsl: the plan for the child or young person, in easy read.

  Every sentence about the person comes from the plan's own <easy-read>
  fields, written by the plan's author; nothing here simplifies the
  statutory text by machine. This file adds only short headings, labels
  ("Who:", "How often:") and facts that are already plain (names, numbers,
  dates, phone numbers).

  Each point is a picture row: a picture on the left, short text on the
  right. The picture is the plan's own (easy-read/@picture, with its @alt):
  a file beside the plan, or a starter pictogram named "pictogram:NAME"
  (templates/pictures/NAME.svg; the "pictures" parameter says where that
  folder is). When the plan gives none, a decorative pictogram for the
  topic is drawn instead.

  House rules for easy read kept here: short headings, one idea per line,
  numbers as digits, no italics, no capitals for emphasis.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:p="urn:ehcp:plan:1"
    exclude-result-prefixes="p">

  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- Folder of the default pictograms; ehcp sets it to templates/pictures. -->
  <xsl:param name="pictures" select="'pictures'"/>

  <xsl:variable name="who"><xsl:call-template name="short-name"/></xsl:variable>

  <xsl:template match="/">
    <xsl:if test="not(p:plan)">
      <xsl:message terminate="yes">the input is not an EHC plan (its root element must be plan in the namespace urn:ehcp:plan:1)</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="p:plan"/>
  </xsl:template>

  <xsl:template match="p:plan">
    <html>
      <xsl:attribute name="lang"><xsl:call-template name="lang"/></xsl:attribute>
      <xsl:call-template name="page-head">
        <xsl:with-param name="profile" select="'easy-read'"/>
        <xsl:with-param name="title" select="concat('My plan: ', $who)"/>
        <xsl:with-param name="header">
          <xsl:value-of select="concat('My plan: ', $who)"/>
          <xsl:if test="/p:plan/@stage = 'draft'"> · Draft</xsl:if>
        </xsl:with-param>
      </xsl:call-template>
      <body>
        <xsl:call-template name="cover"/>
        <xsl:call-template name="topic">
          <xsl:with-param name="title">About me</xsl:with-param>
          <xsl:with-param name="id">about-me</xsl:with-param>
          <xsl:with-param name="texts" select="p:section-a/p:easy-read"/>
          <xsl:with-param name="picture">person</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="topic">
          <xsl:with-param name="title">What I find hard</xsl:with-param>
          <xsl:with-param name="id">need-help</xsl:with-param>
          <xsl:with-param name="texts" select="p:section-b//p:easy-read | p:section-c//p:easy-read | p:section-d//p:easy-read"/>
          <xsl:with-param name="picture">question</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="topic">
          <xsl:with-param name="title">What I want to do</xsl:with-param>
          <xsl:with-param name="id">achieve</xsl:with-param>
          <xsl:with-param name="texts" select="p:section-e//p:easy-read"/>
          <xsl:with-param name="picture">star</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="help"/>
        <xsl:call-template name="where"/>
        <xsl:call-template name="my-money"/>
        <xsl:call-template name="contacts"/>
        <xsl:call-template name="hard-words"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="cover">
    <section class="cover">
      <h1 id="my-plan">My plan</h1>
      <xsl:call-template name="picture-row">
        <xsl:with-param name="picture">person</xsl:with-param>
        <xsl:with-param name="lines">
          <p>This is my plan. I am <xsl:value-of select="$who"/>.</p>
          <p>It says what help I will get.</p>
          <p>It is from <xsl:value-of select="normalize-space(/p:plan/p:meta/p:local-authority)"/>.</p>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:if test="/p:plan/@stage = 'draft'">
        <xsl:call-template name="picture-row">
          <xsl:with-param name="picture">calendar</xsl:with-param>
          <xsl:with-param name="lines">
            <p>This is a draft. It is not finished yet.</p>
            <p>You can tell us what you think.</p>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- A topic made of the author's easy-read texts; left out when there are none. -->
  <xsl:template name="topic">
    <xsl:param name="title"/>
    <xsl:param name="id"/>
    <xsl:param name="texts"/>
    <xsl:param name="picture"/>
    <xsl:if test="$texts">
      <section id="{$id}" class="break-before">
        <h1 id="{$id}-title"><xsl:value-of select="$title"/></h1>
        <xsl:for-each select="$texts">
          <xsl:call-template name="easy-read-row"><xsl:with-param name="picture" select="$picture"/></xsl:call-template>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One <easy-read> as a picture row. -->
  <xsl:template name="easy-read-row">
    <xsl:param name="picture"/>
    <xsl:call-template name="picture-row">
      <xsl:with-param name="picture" select="$picture"/>
      <xsl:with-param name="own" select="."/>
      <xsl:with-param name="lines"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The picture row of schema/PAGE.md: the plan's own picture (own/@picture)
       when it has one, else the decorative default pictogram for the topic. -->
  <xsl:template name="picture-row">
    <xsl:param name="picture"/>
    <xsl:param name="own" select="/.."/>
    <xsl:param name="lines"/>
    <div class="picture-row">
      <xsl:variable name="src" select="normalize-space($own/@picture)"/>
      <xsl:choose>
        <xsl:when test="starts-with($src, 'pictogram:')">
          <xsl:variable name="name" select="substring-after($src, 'pictogram:')"/>
          <xsl:if test="$name = '' or translate($name, 'abcdefghijklmnopqrstuvwxyz0123456789-', '') != ''">
            <xsl:message terminate="yes">easy-read picture "<xsl:value-of select="$src"/>" (text "<xsl:value-of select="substring(normalize-space($own), 1, 40)"/>"): a pictogram name has only small letters, digits and hyphens, like pictogram:bus; the names are listed in templates/pictures/LICENSE.md</xsl:message>
          </xsl:if>
          <img src="{concat($pictures, '/', $name, '.svg')}" alt="{normalize-space($own/@alt)}"/>
        </xsl:when>
        <xsl:when test="$src">
          <img src="{normalize-space($own/@picture)}" alt="{normalize-space($own/@alt)}"/>
        </xsl:when>
        <xsl:otherwise>
          <img src="{concat($pictures, '/', $picture, '.svg')}" alt="" role="presentation"/>
        </xsl:otherwise>
      </xsl:choose>
      <div class="text"><xsl:copy-of select="$lines"/></div>
    </div>
  </xsl:template>

  <!-- The help I will get: every provision item (F to H), with who and how often. -->
  <xsl:template name="help">
    <xsl:variable name="plan" select="/p:plan"/>
    <xsl:variable name="items" select="$plan/p:section-f/p:provision | $plan/p:section-g/p:provision | $plan/p:section-h1/p:provision | $plan/p:section-h2/p:provision"/>
    <xsl:variable name="general" select="$plan/p:section-f/p:easy-read | $plan/p:section-g/p:easy-read | $plan/p:section-h1/p:easy-read | $plan/p:section-h2/p:easy-read"/>
    <xsl:if test="$items or $general">
      <section id="help" class="break-before">
        <h1 id="help-title">The help I will get</h1>
        <xsl:for-each select="$general">
          <xsl:call-template name="easy-read-row"><xsl:with-param name="picture">heart</xsl:with-param></xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="$items">
          <xsl:call-template name="picture-row">
            <xsl:with-param name="picture">
              <xsl:choose>
                <xsl:when test="parent::p:section-f">teacher</xsl:when>
                <xsl:when test="parent::p:section-g">doctor</xsl:when>
                <xsl:otherwise>heart</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="own" select="p:easy-read[@picture][1]"/>
            <xsl:with-param name="lines">
              <xsl:for-each select="p:easy-read"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
              <!-- who and how often: one paragraph, one fact a line, so the
                   space between paragraphs stays the space between points -->
              <xsl:if test="normalize-space(p:who/@role) or p:frequency/@per">
                <p>
                  <xsl:if test="normalize-space(p:who/@role)">Who: <xsl:value-of select="normalize-space(p:who/@role)"/></xsl:if>
                  <xsl:if test="normalize-space(p:who/@role) and p:frequency/@per"><br/></xsl:if>
                  <xsl:if test="p:frequency/@per">
                    <xsl:text>How often: </xsl:text>
                    <xsl:call-template name="how-often-easy"/>
                    <xsl:if test="p:duration/@minutes">, for <xsl:call-template name="duration"/></xsl:if>
                  </xsl:if>
                </p>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="where">
    <xsl:variable name="i" select="/p:plan/p:section-i"/>
    <xsl:if test="$i/p:placement or $i//p:easy-read">
      <section id="where" class="break-before">
        <h1 id="where-title">Where I will learn</h1>
        <xsl:for-each select="$i//p:easy-read">
          <xsl:call-template name="easy-read-row"><xsl:with-param name="picture">school</xsl:with-param></xsl:call-template>
        </xsl:for-each>
        <xsl:if test="not($i//p:easy-read)">
          <xsl:for-each select="$i/p:placement">
            <xsl:call-template name="picture-row">
              <xsl:with-param name="picture">school</xsl:with-param>
              <xsl:with-param name="lines"><p><xsl:value-of select="normalize-space(p:name)"/></p></xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="my-money">
    <xsl:variable name="j" select="/p:plan/p:section-j"/>
    <xsl:if test="$j/p:budget-element or $j//p:easy-read">
      <section id="my-money" class="break-before">
        <h1 id="money-title">My money</h1>
        <xsl:for-each select="$j//p:easy-read">
          <xsl:call-template name="easy-read-row"><xsl:with-param name="picture">money</xsl:with-param></xsl:call-template>
        </xsl:for-each>
        <xsl:if test="$j/p:budget-element">
          <xsl:call-template name="picture-row">
            <xsl:with-param name="picture">money</xsl:with-param>
            <xsl:with-param name="lines">
              <p>I have a personal budget.</p>
              <xsl:variable name="amount"><xsl:call-template name="money"><xsl:with-param name="pence" select="sum($j/p:budget-element/p:annual-amount/@pence)"/></xsl:call-template></xsl:variable>
              <!-- whole pounds without ".00": fewer numbers to read -->
              <p>It is <xsl:value-of select="substring($amount, 1, string-length($amount) - 3 * (substring($amount, string-length($amount) - 2) = '.00'))"/> each year.</p>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="contacts">
    <xsl:variable name="contacts" select="/p:plan/p:person/p:contacts/p:contact"/>
    <xsl:if test="$contacts">
      <section id="contacts" class="break-before">
        <h1 id="contacts-title">Who to talk to</h1>
        <xsl:for-each select="$contacts">
          <xsl:call-template name="picture-row">
            <xsl:with-param name="picture">speech</xsl:with-param>
            <xsl:with-param name="lines">
              <!-- one contact is one paragraph, one fact a line -->
              <p>
                <strong><xsl:value-of select="normalize-space(p:name)"/></strong>
                <xsl:if test="normalize-space(p:relationship) or normalize-space(p:organisation)">
                  <br/>
                  <xsl:call-template name="capitalise"><xsl:with-param name="s" select="p:relationship"/></xsl:call-template>
                  <xsl:if test="normalize-space(p:relationship) and normalize-space(p:organisation)">, </xsl:if>
                  <xsl:value-of select="normalize-space(p:organisation)"/>
                </xsl:if>
                <xsl:if test="normalize-space(p:phone)"><br/>Phone: <span class="nowrap"><xsl:value-of select="normalize-space(p:phone)"/></span></xsl:if>
                <xsl:if test="normalize-space(p:email)"><br/>Email: <xsl:value-of select="normalize-space(p:email)"/></xsl:if>
              </p>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="hard-words">
    <xsl:variable name="words" select="/p:plan/p:hard-words/p:word"/>
    <xsl:if test="$words">
      <section id="hard-words" class="break-before">
        <h1 id="hard-words-title">Hard words</h1>
        <xsl:for-each select="$words">
          <xsl:sort select="translate(@term, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
          <xsl:call-template name="picture-row">
            <xsl:with-param name="picture">book</xsl:with-param>
            <xsl:with-param name="lines">
              <p><strong><xsl:value-of select="normalize-space(@term)"/></strong><br/><xsl:value-of select="normalize-space(.)"/></p>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
