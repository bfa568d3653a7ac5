#!/usr/bin/env python3
"""Regenerates tests/invalid/policy/*.xml: each file is a valid test plan or
sample policy with one deliberate mistake, named after the rule it breaks.
The .expected files (exact diagnostics) are written by hand-checking the
output of tests/unit/test_policy_rules with EHCP_WRITE_EXPECTED=1."""
import os
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
out = os.path.join(root, 'tests', 'invalid', 'policy')
plan = open(os.path.join(here, 'plan-early-years.xml')).read()
draft = open(os.path.join(here, 'plan-primary-draft.xml')).read()
wessex = open(os.path.join(root, 'samples', 'policies', 'wessex-points.xml')).read()

def edit(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)

def write(name, text, note):
    text = edit(text, '<!-- ', '<!-- %s: %s.\n     ' % (name, note))
    open(os.path.join(out, name + '.xml'), 'w').write(text)

ED = '<pb:stream kind="education" indicative-pence="195000" agreed-pence="195000"/>'
SC = '<pb:stream kind="social-care" indicative-pence="120000" agreed-pence="120000"/>'
write('POLICY-001', edit(plan, ED, ED.replace('195000', '200000')), 'the indicative education amount is not what the table gives')
write('POLICY-002', edit(plan, ED, ED.replace('agreed-pence="195000"', 'agreed-pence="210000"')), 'an agreed amount differs without a reason')
write('POLICY-003', edit(plan, SC, SC.replace('agreed-pence="120000"/>', 'agreed-pence="600000"><pb:difference-reason>Two assistants are needed at soft play.</pb:difference-reason></pb:stream>')), 'a team manager signs off more than the policy allows')
write('POLICY-004', edit(plan, 'kind="sessional-support"', 'kind="overnight-break"'), 'a targeted tier does not open overnight breaks')
write('POLICY-005', edit(plan, '      <pb:direct-payment-support-told date="2025-12-08" by="Wessex SEND Team"/>\n', ''), 'a direct payment without telling the family about the support service')
d = edit(draft, 'status="indicative"', 'status="agreed"')
d = edit(d, '      <pb:governance', '      <pb:sign-off role="team-manager" name="Daniel Whitcombe" date="2026-02-20"/>\n      <pb:co-signature by="parent" name="Claire Brennan" date="2026-02-20"/>\n      <pb:governance')
write('POLICY-006', d, 'a draft plan cannot have an agreed budget')
write('POLICY-007', edit(plan, '        <pb:vetting check="Enhanced DBS with barred list" date="2026-01-09"/>\n', ''), 'a personal assistant with no vetting and no exception')
write('POLICY-008', edit(plan, 'source="high-needs-top-up"', 'source="element-1"'), 'base per-pupil money used as a budget source')
write('POLICY-009', edit(plan, 'policy="WSX-PB-2026"', 'policy="WSX-PB-2024"'), 'worked out under another policy')
write('POLICY-010', edit(plan, '      <pb:co-signature by="parent" name="Marta Nowak" date="2026-01-16"/>\n', ''), 'signed off without the parent co-signing')
write('POLICY-011', edit(plan, '<pb:answer question="Q4" level="C"/>', '<pb:answer question="Q4" level="E"/>'), 'an answer level the policy does not have')
a0 = plan.index('        <pb:answer question="Q1"')
a1 = plan.index('      </pb:answers>')
p12 = plan[:a0] + plan[a1:]
p12 = edit(p12, 'completed-with="Marta Nowak (mother) and the SEND caseworker"', 'completed-with="Marta Nowak (mother) and the SEND caseworker" questionnaire="RAS-2025-118"')
write('POLICY-012', p12, 'only a questionnaire reference, no answers')
write('POLICY-013', edit(plan, 'element-ref="J1" stream="education"', 'element-ref="J9" stream="education"'), 'a funding line for an element section J does not have')

write('POLDEF-001', edit(wessex, '<row from="6" to="15" pence-per-point="15000"/>', '<row from="7" to="15" pence-per-point="15000"/>'), 'a gap in the education table')
write('POLDEF-002', edit(wessex, '<row from="8" to="19" pence-per-point="12000"/>', '<row from="8" to="20" pence-per-point="12000"/>'), 'two social care rows overlap')
write('POLDEF-003', edit(wessex, '<answer level="B" points="2">Needs reminders', '<answer level="B" points="-2">Needs reminders'), 'negative points')
write('POLDEF-004', edit(wessex, 'role="group-manager" up-to-pence="2000000"', 'role="group-manager" up-to-pence="400000"'), 'a group manager with a lower limit than a team manager')
write('POLDEF-005', edit(wessex, '<row from="16" pence-per-point="18000"/>', '<row from="16" to="20" pence-per-point="18000"/>'), 'the education table stops below the highest score')
write('POLDEF-006', edit(wessex, '<row from="20" base-pence="60000" pence-per-point="13000"/>', '<row from="20" pence-per-point="9000"/>'), 'a higher score gives less money')
write('POLDEF-007', edit(wessex, '<row from="6" to="15" pence-per-point="15000"/>', '<row from="15" to="6" pence-per-point="15000"/>'), 'a row runs backwards')
