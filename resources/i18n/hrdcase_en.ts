<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../hrdcase/ui/widgets.py" line="123"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEdit</name>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="62"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="63"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="122"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="143"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="143"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="144"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="144"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="145"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="145"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="146"/>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="146"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="147"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="147"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="148"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="148"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="149"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="149"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="150"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="150"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="151"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="151"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="169"/>
        <source>&amp;Reload, keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="170"/>
        <source>Reload the case and keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="197"/>
        <source>{status} (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="266"/>
        <source>{message} Your edits are kept: reload to apply them to the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="48"/>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="49"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="63"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="63"/>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="64"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="64"/>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="65"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="65"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="66"/>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="66"/>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="89"/>
        <source>{name} ({code}) — civic space: {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="96"/>
        <source>{category} (DSA: {dsa})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="101"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="102"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="68"/>
        <location filename="../../hrdcase/ui/case/view.py" line="153"/>
        <source>Select a case in the queue to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="80"/>
        <source>Show &amp;graphic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="81"/>
        <source>Show graphic incident descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="86"/>
        <source>Selected incident, full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="89"/>
        <location filename="../../hrdcase/ui/case/view.py" line="99"/>
        <source>Risk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="90"/>
        <source>No risk assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="93"/>
        <location filename="../../hrdcase/ui/case/view.py" line="108"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="107"/>
        <location filename="../../hrdcase/ui/case/view.py" line="119"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefenderPanel</name>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="113"/>
        <source>Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="116"/>
        <source>Defender pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="117"/>
        <source>Show &amp;legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="118"/>
        <source>Show legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="120"/>
        <source>Defender legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="132"/>
        <source>No defender linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="142"/>
        <source>Languages: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="144"/>
        <source>Do not contact directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/header.py" line="146"/>
        <source>No legal name recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="29"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="30"/>
        <source>Priority filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="31"/>
        <source>Assignee filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="32"/>
        <source>Region filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="33"/>
        <source>Language filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="35"/>
        <source>Search ref, title, pseudonym, text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="37"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="58"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="70"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="72"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="74"/>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="82"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="83"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="86"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/filters.py" line="88"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../hrdcase/ui/choices.py" line="44"/>
        <source>DSA category: {dsa}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/choices.py" line="54"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="27"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="28"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="29"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="72"/>
        <source>Graphic content hidden (use “Show graphic text”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="95"/>
        <source>Reported {when} via: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="66"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="85"/>
        <source>Type a pseudonym to find or add a defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="93"/>
        <source>Optional; stays encrypted, hidden by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="103"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="126"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="126"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="127"/>
        <source>&amp;Defender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="127"/>
        <source>Defender pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="130"/>
        <source>Le&amp;gal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="130"/>
        <source>Defender legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="131"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="131"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="132"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="132"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="133"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="133"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="134"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="134"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="135"/>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="135"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="136"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="136"/>
        <source>Intake channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="138"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="138"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="139"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="140"/>
        <source>Description of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="141"/>
        <source>&amp;Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="141"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="175"/>
        <source>No defender chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="177"/>
        <source>Existing defender: the case will be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="179"/>
        <source>New defender: will be added with this pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="24"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="25"/>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="26"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="27"/>
        <source>Waiting on HRD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="28"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="29"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="30"/>
        <location filename="../../hrdcase/ui/labels.py" line="71"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="37"/>
        <source>P1 – urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="38"/>
        <source>P2 – high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="39"/>
        <source>P3 – normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="40"/>
        <source>P4 – low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="47"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="48"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="49"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="50"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="57"/>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="58"/>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="59"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="60"/>
        <source>Critical risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="67"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="68"/>
        <source>Narrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="69"/>
        <source>Obstructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="70"/>
        <source>Repressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="78"/>
        <source>Report from the HRD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="79"/>
        <source>Trusted partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="80"/>
        <source>Proactive detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="88"/>
        <source>Account compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="89"/>
        <source>Impersonation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="90"/>
        <source>Doxxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="91"/>
        <source>Non-consensual intimate imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="92"/>
        <source>Sexual deepfake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="93"/>
        <source>Cyber harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="94"/>
        <source>Cyber stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="95"/>
        <source>Incitement to violence or hatred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="96"/>
        <source>Coordinated harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="97"/>
        <source>Gendered disinformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="98"/>
        <source>Defamation campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="99"/>
        <source>Threats of violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="100"/>
        <source>Surveillance or spyware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="101"/>
        <source>Legal or state takedown demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="102"/>
        <source>Wrongly restricted account or content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="44"/>
        <location filename="../../hrdcase/ui/main_window.py" line="167"/>
        <source>hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="71"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="72"/>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="73"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="75"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="76"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="79"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="85"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="91"/>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="92"/>
        <source>No responder profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdcase/ui/main_window.py" line="160"/>
        <source>Cases shown: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../hrdcase/ui/ops.py" line="51"/>
        <source>Something unexpected went wrong. Nothing was lost; details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="56"/>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="57"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="58"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="60"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="61"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="62"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="63"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="64"/>
        <source>Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="65"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueWidget</name>
    <message>
        <location filename="../../hrdcase/ui/queue/widget.py" line="76"/>
        <source>No cases match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/widget.py" line="102"/>
        <source>Case queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskNotes</name>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="121"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="122"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="123"/>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="124"/>
        <source>{state}: {level}, score {score} — {when} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="42"/>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="43"/>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="44"/>
        <source>the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="45"/>
        <source>the severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="46"/>
        <source>the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="47"/>
        <source>the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="48"/>
        <source>the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="67"/>
        <source>{field} from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="81"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="82"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="86"/>
        <source>Someone (no signed-in responder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="92"/>
        <source>{actor} recorded “{action}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="97"/>
        <source>{actor} opened the case ({channel}, {priority}, {category}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="106"/>
        <source>{actor} moved the case from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="113"/>
        <source>{actor} reopened the case (it was {old}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="119"/>
        <source>{actor} unassigned the case (it was with {old}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="122"/>
        <source>{actor} assigned the case to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="124"/>
        <source>{actor} reassigned the case from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="129"/>
        <source>{actor} changed {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="133"/>
        <source>{actor} recorded an incident: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="137"/>
        <source>{actor} assessed the risk: {level} (score {score}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="168"/>
        <source>Audit entry #{seq}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="40"/>
        <source>Unlock caseload — hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="46"/>
        <source>Your caseload is encrypted. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="50"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="53"/>
        <source>&amp;Remember on this device (OS keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="54"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="58"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="61"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="65"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="82"/>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../hrdcase/ui/widgets.py" line="29"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
