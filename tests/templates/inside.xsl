<?xml version="1.0" encoding="UTF-8"?>
<!-- Test template: imports and reads only inside the templates folder (allowed). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="echo-param.xsl"/>
  <xsl:template match="/">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
      <body><p id="echo"><xsl:value-of select="document('echo-param.xsl')/*/@version"/></p></body></html>
  </xsl:template>
</xsl:stylesheet>
