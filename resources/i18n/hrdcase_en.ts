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
        <location filename="../../hrdcase/ui/case_edit.py" line="112"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="133"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="133"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="134"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="134"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="135"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="135"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="136"/>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="136"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="137"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="137"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="138"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="138"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="139"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="139"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="140"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="140"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="141"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="141"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="159"/>
        <source>&amp;Reload, keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="160"/>
        <source>Reload the case and keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="187"/>
        <source>{status} (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="256"/>
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
        <location filename="../../hrdcase/ui/case/view.py" line="72"/>
        <location filename="../../hrdcase/ui/case/view.py" line="169"/>
        <source>Select a case in the queue to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="84"/>
        <source>Show &amp;graphic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="85"/>
        <source>Show graphic incident descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="90"/>
        <source>Selected incident, full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="93"/>
        <location filename="../../hrdcase/ui/case/view.py" line="103"/>
        <source>Risk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="94"/>
        <source>No risk assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="97"/>
        <location filename="../../hrdcase/ui/case/view.py" line="122"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="112"/>
        <source>Case workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="118"/>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="133"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideAppealDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="156"/>
        <source>Decide appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="160"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="165"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="165"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="167"/>
        <source>&amp;Statement of reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="168"/>
        <source>Statement of reasons (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="177"/>
        <source>A reversal or partial reversal reopens a resolved or closed case. The statement of reasons is required (up to {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="49"/>
        <source>No appeal; open until {closes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="52"/>
        <source>Appeal filed; review due {due}; no reviewer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="55"/>
        <source>Appeal under review by {name}; due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="59"/>
        <source>Appeal decided: {outcome} ({at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="61"/>
        <source>Appeal {outcome}; with a dispute settlement body until {due} ({days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="63"/>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="95"/>
        <source>Policy {version}; puid {puid}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="108"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="118"/>
        <source>Selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="121"/>
        <source>&amp;Record decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="122"/>
        <source>&amp;File appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="123"/>
        <source>Assign re&amp;viewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="124"/>
        <source>&amp;Decide appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="125"/>
        <source>Escalate to dispute &amp;settlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="152"/>
        <source>Decisions &amp;&amp; &amp;appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="169"/>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="203"/>
        <source>Decided by {name} on {at} under policy {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="204"/>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="206"/>
        <source>Ground: {ground} ({ref}). Source: {source}. {auto}; automated detection: {det}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="210"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="210"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="211"/>
        <source>Content: {type}, posted {posted}; restricted {applied}; puid {puid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="214"/>
        <source>Facts: {facts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="217"/>
        <source>Appeal reasons: {reasons}</source>
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
    <name>EscalateDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="205"/>
        <source>Escalate to dispute settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="208"/>
        <source>Highly &amp;complex dispute ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="210"/>
        <source>Highly complex dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="218"/>
        <source>A certified out-of-court dispute settlement body (DSA Art. 21) decides within {days} days: by {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileAppealDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="96"/>
        <source>File appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="99"/>
        <source>The decision can be appealed until {closes} (six months, DSA Art. 20). A reviewer other than the original decider will decide within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="105"/>
        <source>&amp;Grounds (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="106"/>
        <source>Grounds of the appeal</source>
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
    <name>ItemList</name>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="59"/>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="60"/>
        <source>Add a {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="73"/>
        <source>Describe the {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="74"/>
        <source>{noun} description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="79"/>
        <source>{noun} score, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="80"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="81"/>
        <source>Remove this {noun}</source>
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
        <location filename="../../hrdcase/ui/main_window.py" line="45"/>
        <location filename="../../hrdcase/ui/main_window.py" line="182"/>
        <source>hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="75"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="76"/>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="77"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="78"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="79"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="80"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="83"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="89"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="95"/>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="96"/>
        <source>No responder profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdcase/ui/main_window.py" line="175"/>
        <source>Cases shown: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="74"/>
        <source>{when} — {channel}; vetted by {vetter}; consent {method} on {consent}; sent by {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="80"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="96"/>
        <source>Why no notification can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="108"/>
        <source>&amp;Record notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="113"/>
        <source>New notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="116"/>
        <source>&amp;Vetted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="116"/>
        <source>Vetted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="117"/>
        <source>Consent &amp;given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="117"/>
        <source>When consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="119"/>
        <source>Consent &amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="119"/>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="120"/>
        <source>Secure c&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="120"/>
        <source>Secure channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="122"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="122"/>
        <source>Notification note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="126"/>
        <source>Notifications sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="129"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="149"/>
        <source>&amp;Notify HRD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="173"/>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
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
    <name>Outreach</name>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="16"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="17"/>
        <source>Encrypted email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="18"/>
        <source>In-app secure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="19"/>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="29"/>
        <source>Through a trusted partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="26"/>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="27"/>
        <source>Verbally (call or meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="28"/>
        <source>By secure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="36"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="37"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="38"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="55"/>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="55"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="56"/>
        <source>By, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="57"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="93"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybooksPanel</name>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="115"/>
        <source>Playbook to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="116"/>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="120"/>
        <source>Playbook steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="132"/>
        <source>Result, or why the step is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="133"/>
        <source>Step result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="134"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="135"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="144"/>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="150"/>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="164"/>
        <source>&amp;Playbooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="58"/>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="59"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="60"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="62"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="63"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="64"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="65"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="66"/>
        <source>Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="67"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="68"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/due.py" line="27"/>
        <source>overdue {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/due.py" line="28"/>
        <source>in {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/due.py" line="35"/>
        <source>review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/due.py" line="44"/>
        <source>Next SLA deadline: {at}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueWidget</name>
    <message>
        <location filename="../../hrdcase/ui/queue/widget.py" line="77"/>
        <source>No cases match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/widget.py" line="103"/>
        <source>Case queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDecisionDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="75"/>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="83"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="88"/>
        <source>e.g. Community guidelines §4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="100"/>
        <source>Detected by automated means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="115"/>
        <source>&amp;Ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="115"/>
        <source>Decision ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="116"/>
        <source>Law or &amp;clause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="117"/>
        <source>Law or terms-and-conditions clause relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="118"/>
        <source>Content &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="118"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="120"/>
        <source>DSA c&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="120"/>
        <source>DSA category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="121"/>
        <source>Content &amp;posted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="121"/>
        <source>Content date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="123"/>
        <source>Restriction &amp;applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="124"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="125"/>
        <source>&amp;Facts and circumstances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="126"/>
        <source>Facts and circumstances (up to 5000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="127"/>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="128"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="128"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="129"/>
        <source>Automated detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="130"/>
        <source>A&amp;utomation of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="131"/>
        <source>Automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="132"/>
        <source>Platform &amp;id (puid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="132"/>
        <source>Platform unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="133"/>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="133"/>
        <source>Visibility restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="135"/>
        <source>Other visibility &amp;restriction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="136"/>
        <source>Other visibility restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="137"/>
        <source>&amp;Monetary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="137"/>
        <source>Monetary restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="139"/>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="139"/>
        <source>Service restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="141"/>
        <source>Acc&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="141"/>
        <source>Account restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="153"/>
        <source>No personal data: the statement of reasons may be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="161"/>
        <source>{used} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="118"/>
        <source>Assign reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="123"/>
        <source>Four-eyes: the original decider cannot review. The review is done by a person, never solely by automated means (DSA Art. 20(6)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="130"/>
        <source>{name} — original decider, cannot review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="145"/>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="145"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="113"/>
        <source>Woman defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="114"/>
        <source>LGBTI defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="115"/>
        <source>Indigenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="116"/>
        <source>Ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="117"/>
        <source>Religious minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="118"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="119"/>
        <source>Young defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="120"/>
        <source>Migrant or refugee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="121"/>
        <source>Rural or remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="122"/>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="123"/>
        <source>Family also targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="131"/>
        <source>Election period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="132"/>
        <source>Protests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="133"/>
        <source>Armed conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="134"/>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="135"/>
        <source>Internet shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="136"/>
        <source>New restrictive law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="137"/>
        <source>Court hearing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskNote</name>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="41"/>
        <source>Unsaved risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="42"/>
        <source>This risk note is not saved. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskNoteDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="123"/>
        <source>New risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="133"/>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="133"/>
        <source>threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="134"/>
        <source>Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="134"/>
        <source>vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="135"/>
        <source>Capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="135"/>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="140"/>
        <source>Gender and intersectional factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="142"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="144"/>
        <source>Rationale and mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="146"/>
        <source>Why this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="147"/>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="157"/>
        <source>Computed risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="211"/>
        <source>Risk: not computable yet ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="213"/>
        <source>Risk = T × V / C = {score}: {level}</source>
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
        <location filename="../../hrdcase/ui/case/timeline.py" line="44"/>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="45"/>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="46"/>
        <source>the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="47"/>
        <source>the severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="48"/>
        <source>the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="49"/>
        <source>the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="50"/>
        <source>the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="69"/>
        <source>{field} from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="83"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="84"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="88"/>
        <source>Someone (no signed-in responder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="94"/>
        <source>{actor} recorded “{action}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="99"/>
        <source>{actor} opened the case ({channel}, {priority}, {category}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="108"/>
        <source>{actor} moved the case from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="115"/>
        <source>{actor} reopened the case (it was {old}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="121"/>
        <source>{actor} unassigned the case (it was with {old}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="124"/>
        <source>{actor} assigned the case to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="126"/>
        <source>{actor} reassigned the case from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="131"/>
        <source>{actor} changed {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="135"/>
        <source>{actor} recorded an incident: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="139"/>
        <source>{actor} assessed the risk: {level} (score {score}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="149"/>
        <source>{actor} recorded the first response, after its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="151"/>
        <source>{actor} recorded the first response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="154"/>
        <source>Unanswered case escalated to the {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="216"/>
        <source>Audit entry #{seq}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="62"/>
        <source>{actor} attached the playbook “{playbook}” ({steps} steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="67"/>
        <source>{actor} completed step “{step}” of “{playbook}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="68"/>
        <source>{actor} skipped step “{step}” of “{playbook}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="73"/>
        <source>{actor} notified the defender via {channel} (vetted by {vetter}; consent {method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="81"/>
        <source>{actor} imported the case from platform report {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="83"/>
        <source>{actor} recorded the trusted partner who escalated the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="47"/>
        <source>{actor} triaged the case as {priority} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="26"/>
        <source>Severity is {severity}: that sets the starting priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="30"/>
        <source>The current risk assessment is critical: always P1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="31"/>
        <source>The current risk assessment is {risk}: one step more urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="34"/>
        <source>Civic space in the region is {rating}: one step more urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="37"/>
        <source>The region is in surge mode: one step more urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="53"/>
        <source>severity {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="58"/>
        <source>civic space {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="61"/>
        <source>surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="67"/>
        <source>shift lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="68"/>
        <source>director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="77"/>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="79"/>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="80"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="87"/>
        <source>⚠ BREACHED {ago} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="88"/>
        <source>⚠ BREACHED (done late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="90"/>
        <source>⚠ Due soon: {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="93"/>
        <source>On track: {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="96"/>
        <source>✓ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="97"/>
        <source>No deadline set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="48"/>
        <source>&amp;Triage now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="49"/>
        <source>Triage now: compute priority and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="50"/>
        <source>Record first &amp;response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="51"/>
        <source>Record the first response now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="52"/>
        <source>New risk &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="53"/>
        <source>Write a new risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="60"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="64"/>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="66"/>
        <source>First response due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="68"/>
        <source>Resolution due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="70"/>
        <source>Escalations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="71"/>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="93"/>
        <source>Triage &amp;&amp; S&amp;LA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="115"/>
        <source>Not triaged yet: the priority was set at intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="122"/>
        <source>(answered {at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="127"/>
        <source>{role} alerted at {at} (due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="129"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="142"/>
        <source>No risk assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="145"/>
        <source>{level} (score {score}); next review {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="148"/>
        <source>⚠ REVIEW OVERDUE: </source>
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
