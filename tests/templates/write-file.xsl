<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile template for tests: tries to write a file with xsl:document (XSLT 1.1). -->
<xsl:stylesheet version="1.1" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="target"/>
  <xsl:template match="/">
    <xsl:document href="{$target}" method="text">written</xsl:document>
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body/></html>
  </xsl:template>
</xsl:stylesheet>
