<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile template for tests: imports a stylesheet from outside the templates folder. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../unit/outside.xsl"/>
  <xsl:template match="/"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body/></html></xsl:template>
</xsl:stylesheet>
