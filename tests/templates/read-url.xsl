<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile template for tests: tries to read from the network. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
      <body><p><xsl:value-of select="document('http://127.0.0.1:9/secret.xml')"/></p></body></html>
  </xsl:template>
</xsl:stylesheet>
