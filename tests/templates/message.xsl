<?xml version="1.0" encoding="UTF-8"?>
<!-- Test template: a warning message on line 6, then a stop on line 7. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body/></html>
    <xsl:message>just a note</xsl:message>
    <xsl:message terminate="yes">the plan has no section B</xsl:message>
  </xsl:template>
</xsl:stylesheet>
