<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile template for tests: tries to write a file with exsl:document. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:param name="target"/>
  <xsl:template match="/">
    <exsl:document href="{$target}" method="text">written</exsl:document>
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body/></html>
  </xsl:template>
</xsl:stylesheet>
