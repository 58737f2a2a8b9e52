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
        <location filename="../../hrdcase/ui/case_edit.py" line="60"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="102"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="123"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="123"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="124"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="124"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="125"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="125"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="126"/>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="126"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="127"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="127"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="128"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="128"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="129"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="129"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="130"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="130"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="133"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="134"/>
        <location filename="../../hrdcase/ui/case_edit.py" line="135"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="156"/>
        <source>&amp;Reload, keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="157"/>
        <source>Reload the case and keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="184"/>
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
    <name>CaseLeave</name>
    <message>
        <location filename="../../hrdcase/ui/case/unsaved.py" line="25"/>
        <source>Unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/unsaved.py" line="26"/>
        <source>A tab of this case holds text that is not saved. Discard it and leave the case?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="75"/>
        <location filename="../../hrdcase/ui/case/view.py" line="180"/>
        <source>Select a case in the queue to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="87"/>
        <source>Show &amp;graphic material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="89"/>
        <source>Show graphic material: incident descriptions and evidence images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="95"/>
        <source>Selected incident, full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="98"/>
        <location filename="../../hrdcase/ui/case/view.py" line="108"/>
        <source>Risk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="99"/>
        <source>No risk assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="102"/>
        <location filename="../../hrdcase/ui/case/view.py" line="128"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="117"/>
        <source>Case workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="124"/>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="139"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="32"/>
        <source>I have felt cheerful and in good spirits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="33"/>
        <source>I have felt calm and relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="34"/>
        <source>I have felt active and vigorous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="35"/>
        <source>I woke up feeling fresh and rested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="36"/>
        <source>My daily life has been filled with things that interest me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="43"/>
        <source>At no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="44"/>
        <source>Some of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="45"/>
        <source>Less than half of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="46"/>
        <source>More than half of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="47"/>
        <source>Most of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="48"/>
        <source>All of the time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="59"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="65"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="78"/>
        <source>Your answers stay on this device and no one else sees them. Your supervisor only sees that you checked in, and whether you asked for support. Answering is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="82"/>
        <source>Over the last two weeks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="103"/>
        <source>I would like &amp;support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="104"/>
        <source>I would like support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="117"/>
        <source>Support resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="144"/>
        <source>Answer all five statements, or none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="148"/>
        <source>Answer the statements, ask for support, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="170"/>
        <source>Thank you for checking in. Your answers suggest it may help to talk to someone. You can use any of these, in confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="173"/>
        <source>Thank you. Your supervisor will see that you asked for support. You can also use any of these, in confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="176"/>
        <source>Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="181"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="50"/>
        <source>Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="50"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="51"/>
        <source>P1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="51"/>
        <source>Near breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="52"/>
        <source>Exposure today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="52"/>
        <source>Exposure this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="53"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="61"/>
        <source>Check-in overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="63"/>
        <source>Asked for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="118"/>
        <source>{value} (over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="120"/>
        <source>{value} · {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="131"/>
        <source>Over: {limits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="136"/>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="152"/>
        <source>{value} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="151"/>
        <source>no report yet (limit {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="156"/>
        <source>Live: the exposure ledger on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="158"/>
        <source>Their device has not reported any exposure yet: this is not the same as no exposure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="160"/>
        <source>As their device reported it at {time}; today&apos;s and this week&apos;s figures count in their own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="172"/>
        <source>Team workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="176"/>
        <source>Team workload table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="186"/>
        <source>Check-in answers belong to each responder: only whether a check-in is overdue or support was asked for is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="191"/>
        <source>&amp;Propose rebalancing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="192"/>
        <source>Propose rebalancing of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/dashboard.py" line="194"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="45"/>
        <source>no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="47"/>
        <source>reported {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefNote</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/debrief.py" line="20"/>
        <source>After a severe case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/debrief.py" line="23"/>
        <source>This was a severe case. Take a moment; a debrief with your supervisor or the staff support line is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/debrief.py" line="30"/>
        <source>Support available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideAppealDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="151"/>
        <source>Decide appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="155"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="160"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="160"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="162"/>
        <source>&amp;Statement of reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="163"/>
        <source>Statement of reasons (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="172"/>
        <source>A reversal or partial reversal reopens a resolved or closed case. The statement of reasons is required (up to {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="50"/>
        <source>No appeal; open until {closes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="53"/>
        <source>Appeal filed; review due {due}; no reviewer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="56"/>
        <source>Appeal under review by {name}; due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="60"/>
        <source>Appeal decided: {outcome} ({at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="62"/>
        <source>Appeal {outcome}; with a dispute settlement body until {due} ({days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="64"/>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="96"/>
        <source>Policy {version}; puid {puid}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="109"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="119"/>
        <source>Selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="122"/>
        <source>&amp;Record decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="123"/>
        <source>&amp;File appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="124"/>
        <source>Assign re&amp;viewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="125"/>
        <source>&amp;Decide appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="126"/>
        <source>Escalate to dispute &amp;settlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="153"/>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="176"/>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="210"/>
        <source>Decided by {name} on {at} under policy {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="211"/>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="213"/>
        <source>Ground: {ground} ({ref}). Source: {source}. {auto}; automated detection: {det}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="217"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="217"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="218"/>
        <source>Content: {type}, posted {posted}; restricted {applied}; puid {puid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="221"/>
        <source>Facts: {facts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="224"/>
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
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="194"/>
        <source>Escalate to dispute settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="197"/>
        <source>Highly &amp;complex dispute ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="199"/>
        <source>Highly complex dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="207"/>
        <source>A certified out-of-court dispute settlement body (DSA Art. 21) decides within {days} days: by {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="40"/>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="94"/>
        <source>Graphic — hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="91"/>
        <source>{name} (graphic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="95"/>
        <source>A graphic image, hidden. Tick “Show graphic material” to reveal it; Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="30"/>
        <source>{kb} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="31"/>
        <source>Image #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="34"/>
        <source>{name} — {kind}, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="35"/>
        <source> (graphic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="115"/>
        <source>No evidence images for this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="118"/>
        <source>Attach an evidence image to the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="121"/>
        <source>Keep the image to attach hidden as graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="117"/>
        <source>Attach &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="120"/>
        <source>Hi&amp;de as graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="122"/>
        <location filename="../../hrdcase/ui/case/evidence.py" line="213"/>
        <source>Mark &amp;not graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="123"/>
        <source>Change whether the selected image is graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="135"/>
        <source>Evidence images of the selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="214"/>
        <source>Mark graphi&amp;c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="229"/>
        <source>Attach an evidence image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="230"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="46"/>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="50"/>
        <source>Evidence image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="47"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="53"/>
        <source>About this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="54"/>
        <source>Show &amp;graphic material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="55"/>
        <source>Show graphic material of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="57"/>
        <source>Reveals the graphic material of the whole case and counts the time; closing this viewer hides it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="102"/>
        <source>This image cannot be shown (damaged or an unknown format).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposureClock</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="106"/>
        <source>Graphic exposure today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="125"/>
        <source>Exposure today: {used} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="127"/>
        <source> — limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="138"/>
        <source>You have looked at graphic material for {block}. Take a break now, until {until}: step away from the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="141"/>
        <source>Time for a break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileAppealDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="88"/>
        <source>File appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="91"/>
        <source>The decision can be appealed until {closes} (six months, DSA Art. 20). A reviewer other than the original decider will decide within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="97"/>
        <source>&amp;Grounds (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="98"/>
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
    <message>
        <location filename="../../hrdcase/ui/forms.py" line="19"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/forms.py" line="20"/>
        <source>There are changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverNotes</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/handover.py" line="52"/>
        <source>Handover notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/handover.py" line="53"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/handover.py" line="56"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/handover.py" line="56"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/handover.py" line="56"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/handover.py" line="57"/>
        <source>Handover notes left for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/handover.py" line="84"/>
        <source>Notes left for you when cases were handed over to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/handover.py" line="85"/>
        <source>No handover notes for you.</source>
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
        <source>Graphic content hidden (use “Show graphic material”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/models.py" line="95"/>
        <source>Reported {when} via: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="65"/>
        <source>Discard this new case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="66"/>
        <source>The new case has not been opened yet. Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="84"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="108"/>
        <source>Type a pseudonym to find or add a defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="117"/>
        <source>This region is in a surge: the case opens one priority step higher, with tighter deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="121"/>
        <source>Surge in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="123"/>
        <source>Optional; stays encrypted, hidden by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="131"/>
        <source>Choose a known partner or type a new organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="139"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="162"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="162"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="163"/>
        <source>&amp;Defender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="163"/>
        <source>Defender pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="166"/>
        <source>Le&amp;gal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="166"/>
        <source>Defender legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="167"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="167"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="168"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="168"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="172"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="172"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="173"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="173"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="174"/>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="174"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="175"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="175"/>
        <source>Intake channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="177"/>
        <source>Trusted pa&amp;rtner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="178"/>
        <source>Trusted partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="179"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="179"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="180"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="181"/>
        <source>Description of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="183"/>
        <source>Sugg&amp;est…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="184"/>
        <source>&amp;Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="185"/>
        <location filename="../../hrdcase/ui/intake.py" line="186"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="252"/>
        <source>No defender chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="254"/>
        <source>Existing defender: the case will be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="256"/>
        <source>New defender: will be added with this pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="279"/>
        <source>Name the trusted partner who escalated the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="44"/>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="45"/>
        <source>Add a {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="58"/>
        <source>Describe the {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="59"/>
        <source>{noun} description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="64"/>
        <source>{noun} score, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="65"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="66"/>
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
    <name>LoadChart</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="68"/>
        <source>Team load against limits, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="78"/>
        <source>Over a limit: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="79"/>
        <source>Everyone is within the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="80"/>
        <source>No exposure report yet: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="88"/>
        <source>Cases: {value} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="90"/>
        <source>Exposure: {used} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="93"/>
        <source>Exposure: no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="114"/>
        <source>No responders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="144"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="145"/>
        <source>Exposure today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="146"/>
        <source>Over the limit (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="158"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="177"/>
        <source> — OVER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="46"/>
        <location filename="../../hrdcase/ui/main_window.py" line="193"/>
        <source>hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="77"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="78"/>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="79"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="80"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="81"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="82"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="85"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="91"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="97"/>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="98"/>
        <source>No responder profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdcase/ui/main_window.py" line="186"/>
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
        <source>&amp;Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="179"/>
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
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="21"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="22"/>
        <source>Encrypted email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="23"/>
        <source>In-app secure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="24"/>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="34"/>
        <source>Through a trusted partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="31"/>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="32"/>
        <source>Verbally (call or meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="33"/>
        <source>By secure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="41"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="42"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="43"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Override</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/override.py" line="16"/>
        <source>Override a workload limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/override.py" line="17"/>
        <source>Why must this responder take the case despite the limit? The reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/override.py" line="28"/>
        <source>&amp;Override with a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/override.py" line="29"/>
        <source>Override the workload limit with a reason</source>
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
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="135"/>
        <source>Result, or why the step is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="136"/>
        <source>Step result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="137"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="138"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="147"/>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="153"/>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="167"/>
        <source>&amp;Playbooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="44"/>
        <source>Workload policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="47"/>
        <source>Only an admin may change the workload policy; you can read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="62"/>
        <source>&amp;Debrief from severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="63"/>
        <source>Closing a case at least this severe prompts a debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="66"/>
        <source>Policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="67"/>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="76"/>
        <source>Version history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="84"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="84"/>
        <source> cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="84"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="86"/>
        <source>Max &amp;open cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="87"/>
        <source>Maximum open cases per responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="88"/>
        <source>Max concurrent &amp;P1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="89"/>
        <source>Maximum concurrent P1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="90"/>
        <source>Daily e&amp;xposure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="91"/>
        <source>Daily exposure limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="92"/>
        <source>&amp;Weekly exposure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="93"/>
        <source>Weekly exposure limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="94"/>
        <source>Exposure &amp;block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="95"/>
        <source>Exposure block before a break, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="96"/>
        <source>B&amp;reak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="96"/>
        <source>Break length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="97"/>
        <source>&amp;Graphic cut-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="98"/>
        <source>Hour from which no graphic work is assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="98"/>
        <source>:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="99"/>
        <source>Check-in &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="100"/>
        <source>Check-in cadence in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="101"/>
        <source>Check-in gra&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="102"/>
        <source>Days after which a due check-in is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="103"/>
        <source>&amp;Follow-up below WHO-5:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="104"/>
        <source>WHO-5 raw score below which a follow-up is suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="104"/>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="127"/>
        <source>Version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="129"/>
        <source>{version} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="132"/>
        <source>(the bundled defaults; no version stored yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="162"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="177"/>
        <source>Unsaved policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/policy_dialog.py" line="178"/>
        <source>Discard your changes to the workload policy?</source>
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
        <location filename="../../hrdcase/ui/queue/model.py" line="61"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="62"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="63"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="64"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="65"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="66"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="67"/>
        <source>Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="68"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/model.py" line="60"/>
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
    <name>RebalanceDialog</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="45"/>
        <source>Review rebalancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="55"/>
        <source>What the proposal cannot fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="56"/>
        <source>&lt;b&gt;Not fixed by this proposal:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="60"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="72"/>
        <source>{name}, {limit}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="78"/>
        <source>No move is proposed: everyone is within the load limits, or nobody can take the cases (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="80"/>
        <source>Moves proposed: %n. Uncheck a move to drop it, pick another receiver if you know better, and write a handover note for each move you keep.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="85"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="85"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="85"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="85"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="86"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="86"/>
        <source>Handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="89"/>
        <source>Proposed moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="110"/>
        <source>Keep the move of {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="113"/>
        <source>Receiver of {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="121"/>
        <source>What the receiver needs to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="122"/>
        <source>Handover note for {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="167"/>
        <source>Write a handover note for each move you keep (%n missing).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDecisionDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="73"/>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="81"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="86"/>
        <source>e.g. Community guidelines §4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="98"/>
        <source>Detected by automated means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="113"/>
        <source>&amp;Ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="113"/>
        <source>Decision ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="114"/>
        <source>Law or &amp;clause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="115"/>
        <source>Law or terms-and-conditions clause relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="116"/>
        <source>Content &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="116"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="118"/>
        <source>DSA c&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="118"/>
        <source>DSA category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="119"/>
        <source>Content &amp;posted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="119"/>
        <source>Content date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="121"/>
        <source>Restriction &amp;applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="122"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="123"/>
        <source>&amp;Facts and circumstances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="124"/>
        <source>Facts and circumstances (up to 5000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="125"/>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="126"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="126"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="127"/>
        <source>Automated detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="128"/>
        <source>A&amp;utomation of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="129"/>
        <source>Automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="130"/>
        <source>Platform &amp;id (puid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="130"/>
        <source>Platform unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="131"/>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="131"/>
        <source>Visibility restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="133"/>
        <source>Other visibility &amp;restriction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="134"/>
        <source>Other visibility restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="135"/>
        <source>&amp;Monetary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="135"/>
        <source>Monetary restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="137"/>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="137"/>
        <source>Service restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="139"/>
        <source>Acc&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="139"/>
        <source>Account restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="151"/>
        <source>No personal data: the statement of reasons may be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="159"/>
        <source>{used} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="113"/>
        <source>Assign reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="118"/>
        <source>Four-eyes: the original decider cannot review. The review is done by a person, never solely by automated means (DSA Art. 20(6)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="125"/>
        <source>{name} — original decider, cannot review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="140"/>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="140"/>
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
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="223"/>
        <source>This risk note is not saved. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskNoteDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="108"/>
        <source>New risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="118"/>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="118"/>
        <source>threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="119"/>
        <source>Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="119"/>
        <source>vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="120"/>
        <source>Capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="120"/>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="125"/>
        <source>Gender and intersectional factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="127"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="129"/>
        <source>Rationale and mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="131"/>
        <source>Why this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="132"/>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="142"/>
        <source>Computed risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="196"/>
        <source>Risk: not computable yet ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="198"/>
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
    <name>SuggestButton</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="113"/>
        <source>Su&amp;ggest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="114"/>
        <source>Suggest who could take this case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestPopup</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="57"/>
        <source>Suggested assignees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="58"/>
        <source>Looking for who can take this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="61"/>
        <source>Suggested assignees, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="65"/>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="67"/>
        <source>Use the selected suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="80"/>
        <source>{name} — score {score}
{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="86"/>
        <source>Best first. The save still checks the workload limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/suggest.py" line="90"/>
        <source>No one can take this case within the workload limits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurgeDialog</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="46"/>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="76"/>
        <source>Surges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="58"/>
        <source>Surge roster: responders who also cover the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="60"/>
        <source>Tick responders who also take this region&apos;s cases during the surge. Their own workload limits stay in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="66"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="66"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="67"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="67"/>
        <source>Surge starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="68"/>
        <source>E&amp;nds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="68"/>
        <source>Surge ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="69"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="69"/>
        <source>Reason for the surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="71"/>
        <source>Ros&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="73"/>
        <source>&amp;Declare surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="78"/>
        <source>&amp;End selected surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="129"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="129"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="130"/>
        <source>{region}: {start} – {end} ({state}) — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="135"/>
        <source>Roster: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="162"/>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="165"/>
        <source>A surge must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="168"/>
        <source>Say why the team is in a surge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="32"/>
        <source>Team &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="34"/>
        <source>Check &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="36"/>
        <source>Declare &amp;surge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="37"/>
        <source>&amp;Handover notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="38"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="42"/>
        <source>&amp;Workload policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="44"/>
        <source>My &amp;time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="54"/>
        <source>Check-in due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="56"/>
        <source>A check-in is due: check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="111"/>
        <source>Only a supervisor or an admin sees the team&apos;s load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="33"/>
        <source>My time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="34"/>
        <source>Your time zone sets your local day and week for exposure totals, and the hour after which no graphic work is assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="37"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="39"/>
        <source>Type to filter, for example Lisbon or Bogota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="40"/>
        <source>Filter time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="44"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="47"/>
        <source>Time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="55"/>
        <source>Save my time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="71"/>
        <source>Your time zone now: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="74"/>
        <source>{zone}  ({offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/timezone_dialog.py" line="135"/>
        <source>Sign in as a responder first.</source>
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
        <location filename="../../hrdcase/ui/case/timeline.py" line="176"/>
        <source>{kb} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="177"/>
        <source>{actor} attached an evidence image ({kind}, {size}), hidden as graphic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="179"/>
        <source>{actor} attached an evidence image ({kind}, {size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="183"/>
        <source>{actor} marked an evidence image as graphic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="185"/>
        <source>{actor} marked an evidence image as not graphic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="231"/>
        <source>Audit entry #{seq}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="86"/>
        <source>{actor} attached the playbook “{playbook}” ({steps} steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="92"/>
        <source>{actor} completed step “{step}” of “{playbook}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="93"/>
        <source>{actor} skipped step “{step}” of “{playbook}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="100"/>
        <source>{actor} notified the defender via {channel} (vetted by {vetter}; consent {method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="108"/>
        <source>{actor} imported the case from platform report {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/outreach_text.py" line="110"/>
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
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="49"/>
        <source>&amp;Triage now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="50"/>
        <source>Triage now: compute priority and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="51"/>
        <source>Record first &amp;response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="52"/>
        <source>Record the first response now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="53"/>
        <source>New risk &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="54"/>
        <source>Write a new risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="61"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="65"/>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="67"/>
        <source>First response due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="69"/>
        <source>Resolution due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="71"/>
        <source>Escalations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="72"/>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="94"/>
        <source>&amp;Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="122"/>
        <source>Not triaged yet: the priority was set at intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="129"/>
        <source>(answered {at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="134"/>
        <source>{role} alerted at {at} (due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="136"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="149"/>
        <source>No risk assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="152"/>
        <source>{level} (score {score}); next review {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="155"/>
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
    <name>Wellbeing</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="12"/>
        <source>open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="13"/>
        <source>concurrent P1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="14"/>
        <source>graphic work after the cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="15"/>
        <source>exposure today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="16"/>
        <source>exposure this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="17"/>
        <source>break due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="27"/>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="28"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="33"/>
        <source>reads {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="34"/>
        <source>does not read {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="35"/>
        <source>covers region {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="36"/>
        <source>does not cover region {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="37"/>
        <source>has worked with this defender before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="38"/>
        <source>{held} of {limit} open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="39"/>
        <source>{minutes} of graphic exposure left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="40"/>
        <source>takes {giver} under the open-case limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="41"/>
        <source>takes {giver} under the P1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="42"/>
        <source>the receiver will hold {held} of {limit} open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/text.py" line="43"/>
        <source>{over} over: no one within the limits who reads the case&apos;s language and covers its region can take it</source>
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
