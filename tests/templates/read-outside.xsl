<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile template for tests: tries to read a file outside the templates folder. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="target"/>
  <xsl:template match="/">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
      <body><p><xsl:value-of select="document($target)"/></p></body></html>
  </xsl:template>
</xsl:stylesheet>
