<?xml version="1.0" encoding="UTF-8"?>
<!-- Test template: writes its parameter back, to prove values are passed as text. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="value" select="'unset'"/>
  <xsl:template match="/">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
      <body><p id="echo"><xsl:value-of select="$value"/></p></body></html>
  </xsl:template>
</xsl:stylesheet>
