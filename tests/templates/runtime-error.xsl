<?xml version="1.0" encoding="UTF-8"?>
<!-- Test template: a runtime error on line 7 (an undefined variable). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
      <body>
        <p><xsl:value-of select="$no-such-variable"/></p>
      </body></html>
  </xsl:template>
</xsl:stylesheet>
