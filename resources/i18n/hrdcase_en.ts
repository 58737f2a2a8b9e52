<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="68"/>
        <source>CaseFile</source>
        <comment>Internal — everything, for responders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="69"/>
        <source>CaseFile</source>
        <comment>HRD — for the defender (no internal notes or staff names)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="72"/>
        <source>CaseFile</source>
        <comment>External — for a remedy body (pseudonym only, no contacts or narrative)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wipe.py" line="62"/>
        <location filename="../../hrdcase/ui/wipe.py" line="65"/>
        <source>WipeDialog</source>
        <comment>hrdcase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wipe.py" line="61"/>
        <source>WipeDialog</source>
        <comment>The caseload on this computer was wiped.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wipe.py" line="66"/>
        <source>WipeDialog</source>
        <comment>Wiping did not finish. Run “hrdcase wipe” or delete the profile folder.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <location filename="../../hrdcase/ui/casefile_bulk.py" line="52"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile_bulk.py" line="64"/>
        <source>Exporting case files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile_bulk.py" line="64"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile_bulk.py" line="66"/>
        <location filename="../../hrdcase/ui/casefile_bulk.py" line="104"/>
        <source>Export case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile_bulk.py" line="95"/>
        <source>Exported {done} of {total} case files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../hrdcase/ui/widgets.py" line="142"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEdit</name>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="61"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="108"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="129"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="129"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="130"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="130"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="131"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="131"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="132"/>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="132"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="133"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="133"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="134"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="134"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="135"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="135"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="136"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="136"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="139"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="140"/>
        <location filename="../../hrdcase/ui/case_edit.py" line="141"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="162"/>
        <source>&amp;Reload, keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="163"/>
        <source>Reload the case and keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="190"/>
        <source>{status} (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case_edit.py" line="267"/>
        <source>{message} Your edits are kept: reload to apply them to the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="156"/>
        <source>&amp;Print case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="157"/>
        <source>&amp;Save case file as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="159"/>
        <source>E&amp;xport filtered cases as PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="188"/>
        <source>Save case file as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="191"/>
        <source>Save case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="192"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="199"/>
        <source>Saved the case file of {ref} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="205"/>
        <location filename="../../hrdcase/ui/casefile.py" line="218"/>
        <source>Print case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="230"/>
        <source>Export filtered cases as PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="233"/>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileOptions</name>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="85"/>
        <source>Redaction level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="86"/>
        <source>Include &amp;graphic descriptions and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="87"/>
        <source>Graphic material is left out unless you tick this; the cover says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/casefile.py" line="95"/>
        <source>&amp;Redaction:</source>
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
        <location filename="../../hrdcase/ui/case/view.py" line="77"/>
        <location filename="../../hrdcase/ui/case/view.py" line="201"/>
        <source>Select a case in the queue to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="89"/>
        <source>Sho&amp;w graphic material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="91"/>
        <source>Show graphic material: incident descriptions and evidence images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="97"/>
        <source>Selected incident, full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="100"/>
        <location filename="../../hrdcase/ui/case/view.py" line="110"/>
        <source>Risk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="101"/>
        <source>No risk assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="104"/>
        <location filename="../../hrdcase/ui/case/view.py" line="130"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="119"/>
        <source>Case workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="126"/>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/view.py" line="143"/>
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
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="77"/>
        <source>Your answers stay on this device and no one else sees them. Your supervisor only sees that you checked in, and whether you asked for support. Answering is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="81"/>
        <source>Over the last two weeks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="103"/>
        <source>I would like su&amp;pport</source>
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
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="171"/>
        <source>Thank you for checking in. Your answers suggest it may help to talk to someone. You can use any of these, in confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="174"/>
        <source>Thank you. Your supervisor will see that you asked for support. You can also use any of these, in confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="177"/>
        <source>Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/checkin.py" line="182"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="56"/>
        <source>Welcome to hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="57"/>
        <source>There is no caseload on this computer yet. How will you work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="58"/>
        <source>Work on my &amp;own (no server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="59"/>
        <source>Work on my own, without a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="60"/>
        <source>&amp;Join my organisation (server address and invitation token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="61"/>
        <source>Join my organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="69"/>
        <source>One caseload on this computer; you are its responder, supervisor and admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="73"/>
        <source>Your organisation&apos;s admin gave you a server address and a one-time invitation token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDeviceDialog</name>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="200"/>
        <source>Confirm a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="205"/>
        <source>The fingerprint as the person read it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="207"/>
        <source>I compared every group with what {name} read out: they &amp;match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="209"/>
        <source>What they read &amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="211"/>
        <source>&amp;Confirm device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="222"/>
        <source>Ask {name} to read out the fingerprint their screen shows, by phone or in person (not by a message the server could change). Confirm only if every group matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="249"/>
        <source>They match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="253"/>
        <source>Not the same (yet). Do not confirm a device whose fingerprint differs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="42"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="43"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="44"/>
        <source>Risk note level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="45"/>
        <source>Appeal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="46"/>
        <source>Appeal outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="50"/>
        <source>{field} (over a workload limit here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="64"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="76"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="76"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="76"/>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="77"/>
        <source>Other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="77"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="134"/>
        <source>Conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="142"/>
        <source>Two devices changed the same risk-critical value while apart. Choose the value to keep: your choice reaches the other devices at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="147"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="160"/>
        <source>No conflicts: every change from the other devices merged without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="168"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="169"/>
        <source>Keep this device&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="170"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="171"/>
        <source>Keep the other device&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="173"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/conflicts.py" line="173"/>
        <source>Open the case of this conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="104"/>
        <source>You and your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="105"/>
        <source>The passphrase encrypts the caseload on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="117"/>
        <source>Nobody can recover this passphrase, not even an admin: if you forget it, the caseload on this computer is lost. Keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="123"/>
        <source>Creating your caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="125"/>
        <source>Creating your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="127"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="127"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="128"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="128"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="129"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="129"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="142"/>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="146"/>
        <source>This passphrase is weak: whoever takes this computer could guess it. Use {n} or more characters, for example several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="170"/>
        <source>Type your name, as your team knows you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="173"/>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="177"/>
        <source>The two passphrases differ; type the same one twice.</source>
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
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="46"/>
        <source>no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="48"/>
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
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="152"/>
        <source>Decide appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="156"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="161"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="161"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="163"/>
        <source>&amp;Statement of reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="164"/>
        <source>Statement of reasons (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="173"/>
        <source>A reversal or partial reversal reopens a resolved or closed case. The statement of reasons is required (up to {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionLabels</name>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="173"/>
        <source>Illegal content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="174"/>
        <source>Incompatible with the terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="176"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="177"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="178"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="179"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="180"/>
        <source>Synthetic media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="181"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="182"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="183"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="184"/>
        <source>Notice (DSA Art. 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="185"/>
        <source>Trusted flagger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="186"/>
        <source>Other notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="187"/>
        <source>Own initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="188"/>
        <source>Fully automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="189"/>
        <source>Partially automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="190"/>
        <source>Not automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="191"/>
        <source>Content removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="192"/>
        <source>Content disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="193"/>
        <source>Content demoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="194"/>
        <source>Content age-restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="195"/>
        <source>Interaction restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="196"/>
        <source>Content labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="197"/>
        <source>Other visibility restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="198"/>
        <source>Monetary payments suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="199"/>
        <source>Monetary payments terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="200"/>
        <source>Other monetary restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="201"/>
        <source>Service partially suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="202"/>
        <source>Service suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="203"/>
        <source>Service partially terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="204"/>
        <source>Service terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="205"/>
        <source>Account suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="206"/>
        <source>Account terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="207"/>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="208"/>
        <source>Partially reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="209"/>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="210"/>
        <source>Filed, no reviewer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="211"/>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="212"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="213"/>
        <source>With a dispute settlement body</source>
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
        <source>File appea&amp;l…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="124"/>
        <source>Assign revie&amp;wer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decisions_panel.py" line="125"/>
        <source>Decide &amp;appeal…</source>
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
        <source>Show le&amp;gal name</source>
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
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="211"/>
        <source>Escalate to dispute settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="214"/>
        <source>Highly &amp;complex dispute ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="216"/>
        <source>Highly complex dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="224"/>
        <source>A certified out-of-court dispute settlement body (DSA Art. 21) decides within {days} days: by {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="159"/>
        <source>This case has not reached this device yet: sync first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationsWindow</name>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="64"/>
        <location filename="../../hrdcase/ui/escalations.py" line="72"/>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="65"/>
        <source>Cases of your teams in an escalating priority that nobody has answered yet, and the step each has reached. The server keeps watch even while a responder&apos;s app is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="70"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="70"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="70"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="71"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="71"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="90"/>
        <source>Fetch the escalations from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="93"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="94"/>
        <source>Open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="130"/>
        <source>This case has not reached this device yet: sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="133"/>
        <source>Fetching the escalations from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="135"/>
        <source>Not fetched yet: Refresh asks the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/escalations.py" line="137"/>
        <source>No open escalations for your teams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="43"/>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="94"/>
        <source>Graphic — hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="94"/>
        <source>{name} (graphic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="98"/>
        <source>A graphic image, hidden. Tick “Show graphic material” to reveal it; Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="31"/>
        <source>{kb} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="32"/>
        <source>Image #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="35"/>
        <source>{name} — {kind}, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="36"/>
        <source> (graphic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="118"/>
        <source>No evidence images for this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="120"/>
        <source>&amp;Attach image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="121"/>
        <source>Attach an evidence image to the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="123"/>
        <source>Hide as g&amp;raphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="124"/>
        <source>Keep the image to attach hidden as graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="125"/>
        <location filename="../../hrdcase/ui/case/evidence.py" line="228"/>
        <location filename="../../hrdcase/ui/case/evidence.py" line="265"/>
        <source>Mar&amp;k not graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="229"/>
        <source>Mar&amp;k graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="263"/>
        <source>Mark not graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="264"/>
        <source>Mark this image as not graphic? It will then show unblurred to everyone who opens the case, without a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="126"/>
        <source>Change whether the selected image is graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="139"/>
        <source>Evidence images of the selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="248"/>
        <source>Attach an evidence image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence.py" line="249"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="47"/>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="50"/>
        <source>Evidence image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/evidence_viewer.py" line="48"/>
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
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="120"/>
        <source>Graphic exposure today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="139"/>
        <source>Exposure today: {used} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="141"/>
        <source> — limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="152"/>
        <source>You have looked at graphic material for {block}. Take a break now, until {until}: step away from the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/exposure.py" line="155"/>
        <source>Time for a break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileAppealDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="89"/>
        <source>File appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="92"/>
        <source>The decision can be appealed until {closes} (six months, DSA Art. 20). A reviewer other than the original decider will decide within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="98"/>
        <source>&amp;Grounds (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="99"/>
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
        <source>Find:</source>
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
    <name>FingerprintPage</name>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="196"/>
        <source>Waiting for your admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="197"/>
        <source>This device is enrolled; an admin must confirm it before it syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="201"/>
        <source>Read these characters to your admin, who confirms them on their screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="206"/>
        <source>You can work in your caseload meanwhile. People and teams (Team menu) shows this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="207"/>
        <source>&amp;Open my caseload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <location filename="../../hrdcase/ui/fingerprint.py" line="36"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/fingerprint.py" line="37"/>
        <source>Copy the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/fingerprint.py" line="54"/>
        <source>Device fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="222"/>
        <source>Set up hrdcase</source>
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
    <name>Help</name>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="47"/>
        <source>Open the {menu} menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="54"/>
        <source>Case view: the {tab} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="57"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="57"/>
        <source>Queue: open the selected case and move to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="58"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="58"/>
        <source>Move between fields and buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="59"/>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="59"/>
        <source>The button or field so marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="88"/>
        <source>(no profile open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="89"/>
        <source>&lt;b&gt;hrdcase {version}&lt;/b&gt;&lt;p&gt;Encrypted, offline-first case management for responders who protect human rights defenders online.&lt;/p&gt;&lt;p&gt;Licence: GNU Affero General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Your encrypted profile: {where}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="104"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="107"/>
        <source>&amp;About hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="110"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="121"/>
        <source>About hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReports</name>
    <message>
        <location filename="../../hrdcase/ui/import_reports.py" line="52"/>
        <location filename="../../hrdcase/ui/import_reports.py" line="64"/>
        <location filename="../../hrdcase/ui/import_reports.py" line="139"/>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/import_reports.py" line="53"/>
        <source>Reporting-form export (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/import_reports.py" line="62"/>
        <location filename="../../hrdcase/ui/import_reports.py" line="100"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/import_reports.py" line="63"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/import_reports.py" line="102"/>
        <source>Importing reports from {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/import_reports.py" line="122"/>
        <source>Imported {imported} before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/import_reports.py" line="124"/>
        <source>Imported {imported}, skipped {duplicates} already imported, rejected {rejected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/import_reports.py" line="130"/>
        <source>… and {n} more.</source>
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
        <location filename="../../hrdcase/ui/intake.py" line="64"/>
        <source>Discard this new case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="65"/>
        <source>The new case has not been opened yet. Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="83"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="107"/>
        <source>Type a pseudonym to find or add a defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="116"/>
        <source>This region is in a surge: the case opens one priority step higher, with tighter deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="120"/>
        <source>Surge in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="122"/>
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
        <location filename="../../hrdcase/ui/intake.py" line="254"/>
        <source>No defender chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="256"/>
        <source>Existing defender: the case will be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="258"/>
        <source>New defender: will be added with this pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/intake.py" line="281"/>
        <source>Name the trusted partner who escalated the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="100"/>
        <source>Invite a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="103"/>
        <source>Name of the person to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="107"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="114"/>
        <source>Role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="118"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="120"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="123"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="125"/>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="136"/>
        <source>The person gets a one-time token to join with. Their name is sealed: the server never learns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="148"/>
        <source>Invitation token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="149"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="150"/>
        <source>Copy the invitation token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="161"/>
        <source>Valid 72 hours, works once. Hand it over out of band (in person or by a channel you trust), with this server&apos;s address. It is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="182"/>
        <source>The invitation for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="187"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="58"/>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="59"/>
        <source>Add a {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="72"/>
        <source>Describe the {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="73"/>
        <source>{noun} description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="78"/>
        <source>{noun} score, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="79"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="80"/>
        <source>Remove this {noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="42"/>
        <source>Median time to first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="43"/>
        <source>Median time to resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="44"/>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="45"/>
        <source>Median appeal decision time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="46"/>
        <source>Notification rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="51"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="52"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="53"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="54"/>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="99"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="61"/>
        <source>no data (target {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="62"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="62"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="63"/>
        <source>{value} / {target} — {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="89"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="89"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="36"/>
        <source>Measured against target, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="44"/>
        <source>Missed the target: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="45"/>
        <source>No group missed the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="67"/>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="107"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="110"/>
        <source>{value} — missed (n={n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="111"/>
        <source>{value} — met (n={n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="115"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="116"/>
        <source>Missed (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="121"/>
        <source>Target: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_chart.py" line="123"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiWindow</name>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="120"/>
        <source>Monitoring benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="133"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="136"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="137"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="138"/>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="139"/>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="178"/>
        <source>Measured against target, table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="211"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/kpi_window.py" line="214"/>
        <source>{cases} cases opened in the period. Missed targets are hatched and say &quot;missed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="59"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="60"/>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="61"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="62"/>
        <source>Waiting on HRD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="63"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="64"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="65"/>
        <location filename="../../hrdcase/services/wording.py" line="106"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="72"/>
        <source>P1 – urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="73"/>
        <source>P2 – high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="74"/>
        <source>P3 – normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="75"/>
        <source>P4 – low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="82"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="83"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="84"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="85"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="92"/>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="93"/>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="94"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="95"/>
        <source>Critical risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="102"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="103"/>
        <source>Narrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="104"/>
        <source>Obstructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="105"/>
        <source>Repressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="113"/>
        <source>Report from the HRD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="114"/>
        <source>Trusted partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="115"/>
        <source>Proactive detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="123"/>
        <source>Account compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="124"/>
        <source>Impersonation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="125"/>
        <source>Doxxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="126"/>
        <source>Non-consensual intimate imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="127"/>
        <source>Sexual deepfake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="128"/>
        <source>Cyber harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="129"/>
        <source>Cyber stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="130"/>
        <source>Incitement to violence or hatred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="131"/>
        <source>Coordinated harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="132"/>
        <source>Gendered disinformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="133"/>
        <source>Defamation campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="134"/>
        <source>Threats of violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="135"/>
        <source>Surveillance or spyware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="136"/>
        <source>Legal or state takedown demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="137"/>
        <source>Wrongly restricted account or content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="244"/>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="28"/>
        <source>Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="29"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="30"/>
        <source>Shift lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="31"/>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/labels.py" line="32"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="69"/>
        <source>Team load against limits, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="79"/>
        <source>Over a limit: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="80"/>
        <source>Everyone is within the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="81"/>
        <source>No exposure report yet: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="89"/>
        <source>Cases: {value} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="91"/>
        <source>Exposure: {used} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="94"/>
        <source>Exposure: no report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="115"/>
        <source>No responders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="146"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="147"/>
        <source>Exposure today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="148"/>
        <source>Over the limit (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="153"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/chart.py" line="172"/>
        <source> — OVER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="55"/>
        <location filename="../../hrdcase/ui/main_window.py" line="285"/>
        <source>hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="94"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="97"/>
        <source>&amp;Import reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="98"/>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="99"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="100"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="101"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="102"/>
        <location filename="../../hrdcase/ui/main_window.py" line="266"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="103"/>
        <source>Esc&amp;alations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="106"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="107"/>
        <source>&amp;Passphrase and keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="109"/>
        <source>&amp;Wipe this caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="122"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="128"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="134"/>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="135"/>
        <source>No responder profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/main_window.py" line="265"/>
        <source>&amp;Conflicts ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdcase/ui/main_window.py" line="278"/>
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
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="71"/>
        <source>{when} — {channel}; vetted by {vetter}; consent {method} on {consent}; sent by {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="77"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="79"/>
        <source>Record notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="80"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="90"/>
        <source>Choose the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="99"/>
        <source>Record a notification only after the defender consented and someone vetted what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="105"/>
        <source>Sec&amp;ure channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="105"/>
        <source>Secure channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="107"/>
        <source>Consent ho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="107"/>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="108"/>
        <source>Con&amp;sent given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="109"/>
        <source>When consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="110"/>
        <source>Vetted &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="110"/>
        <source>Vetted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="112"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="112"/>
        <source>Notification note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_dialog.py" line="114"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="94"/>
        <source>Why no notification can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="96"/>
        <source>&amp;Record notification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="97"/>
        <source>Record a notification: channel, consent, vetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="105"/>
        <source>Notifications sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="108"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="122"/>
        <source>&amp;Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/notify_panel.py" line="141"/>
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
        <location filename="../../hrdcase/services/wording.py" line="144"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="145"/>
        <source>Encrypted email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="146"/>
        <source>In-app secure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="147"/>
        <location filename="../../hrdcase/services/wording.py" line="157"/>
        <source>Through a trusted partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="154"/>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="155"/>
        <source>Verbally (call or meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="156"/>
        <source>By secure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="164"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="165"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="166"/>
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
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="45"/>
        <source>Passphrase and keys — hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="57"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="58"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="59"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="60"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="62"/>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="65"/>
        <source>C&amp;urrent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="66"/>
        <source>&amp;New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="67"/>
        <source>New &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="74"/>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="75"/>
        <source>Type a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="76"/>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="77"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="91"/>
        <source>Passphrase changed. The old one no longer opens this caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="100"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="102"/>
        <source>If the key is remembered in this computer&apos;s keyring, the app opens without the passphrase. Forget it before you cross a border or hand the computer over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="105"/>
        <source>&amp;Forget on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="124"/>
        <source>Forgotten: the passphrase is needed to open the caseload on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="128"/>
        <source>Wrong passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="130"/>
        <source>Each wrong passphrase makes the next try wait longer. You can also have the caseload wiped after a number of wrong passphrases in a row. The risk: a forgetful typist, a child, or someone who wants to destroy your work can wipe it too, and nothing brings it back. Cases not synced to the server are lost. Off unless you turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="135"/>
        <source>&amp;Wipe after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="139"/>
        <source> wrong passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/passphrase.py" line="140"/>
        <source>Wrong passphrases before the wipe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="23"/>
        <source>works on its own (no server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="24"/>
        <source>waiting for an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="25"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="26"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="36"/>
        <source>(no verified role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="43"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="52"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="52"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="52"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/model.py" line="52"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="57"/>
        <source>People and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="65"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="68"/>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="87"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="103"/>
        <source>Devices waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="107"/>
        <source>Devices &amp;waiting for an admin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="124"/>
        <source>&amp;Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="124"/>
        <source>Invite a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="125"/>
        <source>C&amp;onfirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="125"/>
        <source>Confirm the selected waiting device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="127"/>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="127"/>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="128"/>
        <source>Fetch people and devices from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="167"/>
        <source>No device is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="186"/>
        <source>This device has no identity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="189"/>
        <source>This device: &lt;b&gt;&lt;tt&gt;{fp}&lt;/tt&gt;&lt;/b&gt; · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="193"/>
        <source>This caseload works on its own, without a server: inviting people and confirming devices need an organisation&apos;s server (join one when you set up a new caseload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="196"/>
        <source>Organisation: {org} · server {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="201"/>
        <source>(a person not yet synced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/window.py" line="218"/>
        <source>Invitations need an organisation&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="56"/>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="56"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="57"/>
        <source>By, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="58"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="94"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybooksPanel</name>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="116"/>
        <source>Playbook to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="117"/>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="121"/>
        <source>Playbook steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="136"/>
        <source>Result, or why the step is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="137"/>
        <source>Step result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="138"/>
        <source>Mark d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="148"/>
        <source>Check&amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="225"/>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="226"/>
        <source>Skip this step? It is recorded as skipped in the case timeline and cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="227"/>
        <source>S&amp;kip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="139"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="154"/>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/playbooks_panel.py" line="168"/>
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
        <location filename="../../hrdcase/ui/queue/due.py" line="35"/>
        <source>breached {d} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/due.py" line="36"/>
        <source>due in {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/due.py" line="43"/>
        <source>review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/queue/due.py" line="50"/>
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
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="46"/>
        <source>Review rebalancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="56"/>
        <source>What the proposal cannot fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="57"/>
        <source>&lt;b&gt;Not fixed by this proposal:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="61"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="73"/>
        <source>{name}, {limit}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="79"/>
        <source>No move is proposed: everyone is within the load limits, or nobody can take the cases (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="81"/>
        <source>Moves proposed: %n. Uncheck a move to drop it, pick another receiver if you know better, and write a handover note for each move you keep.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="86"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="86"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="86"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="86"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="87"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="87"/>
        <source>Handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="90"/>
        <source>Proposed moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="111"/>
        <source>Keep the move of {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="114"/>
        <source>Receiver of {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="122"/>
        <source>What the receiver needs to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="123"/>
        <source>Handover note for {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hrdcase/ui/wellbeing/rebalance_dialog.py" line="168"/>
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
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="74"/>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="82"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="87"/>
        <source>e.g. Community guidelines §4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="99"/>
        <source>Detected by automated means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="114"/>
        <source>&amp;Ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="114"/>
        <source>Decision ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="115"/>
        <source>Law or &amp;clause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="116"/>
        <source>Law or terms-and-conditions clause relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="117"/>
        <source>Content &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="117"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="119"/>
        <source>DSA category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="119"/>
        <source>DSA cat&amp;egory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="120"/>
        <source>Content &amp;posted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="120"/>
        <source>Content date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="122"/>
        <source>Restriction &amp;applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="123"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="124"/>
        <source>&amp;Facts and circumstances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="125"/>
        <source>Facts and circumstances (up to 5000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="126"/>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="127"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="127"/>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="128"/>
        <source>Automated detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="129"/>
        <source>A&amp;utomation of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="130"/>
        <source>Automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="131"/>
        <source>Platform &amp;id (puid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="131"/>
        <source>Platform unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="132"/>
        <source>Visibility restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="132"/>
        <source>Visi&amp;bility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="134"/>
        <source>Other visibility &amp;restriction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="135"/>
        <source>Other visibility restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="136"/>
        <source>&amp;Monetary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="136"/>
        <source>Monetary restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="138"/>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="138"/>
        <source>Service restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="140"/>
        <source>Acc&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="140"/>
        <source>Account restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="152"/>
        <source>No personal data: the statement of reasons may be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/decision_dialog.py" line="160"/>
        <source>{used} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="114"/>
        <source>Assign reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="119"/>
        <source>Four-eyes: the original decider cannot review. The review is done by a person, never solely by automated means (DSA Art. 20(6)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="126"/>
        <source>{name} — original decider, cannot review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="141"/>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/appeal_dialogs.py" line="141"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="281"/>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="283"/>
        <source>Device to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="288"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="290"/>
        <source>&amp;Revoke device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/people/dialogs.py" line="301"/>
        <source>The server refuses a revoked device from now on: it no longer syncs or receives new team keys. Only a new enrolment undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="106"/>
        <source>Woman defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="107"/>
        <source>LGBTI defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="108"/>
        <source>Indigenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="109"/>
        <source>Ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="110"/>
        <source>Religious minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="111"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="112"/>
        <source>Young defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="113"/>
        <source>Migrant or refugee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="114"/>
        <source>Rural or remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="115"/>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="116"/>
        <source>Family also targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="124"/>
        <source>Election period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="125"/>
        <source>Protests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="126"/>
        <source>Armed conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="127"/>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="128"/>
        <source>Internet shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="129"/>
        <source>New restrictive law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="130"/>
        <source>Court hearing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskNote</name>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="237"/>
        <source>This risk note is not saved. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskNoteDialog</name>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="122"/>
        <source>New risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="132"/>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="132"/>
        <source>threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="133"/>
        <source>Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="133"/>
        <source>vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="134"/>
        <source>Capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="134"/>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="139"/>
        <source>Gender and intersectional factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="141"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="143"/>
        <source>Rationale and mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="145"/>
        <source>Why this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="146"/>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="156"/>
        <source>Computed risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="210"/>
        <source>Risk: not computable yet ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/risk_note_dialog.py" line="212"/>
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
    <name>ServerPage</name>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="83"/>
        <source>Your organisation&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="84"/>
        <source>Type or paste what your admin gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="91"/>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="91"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="92"/>
        <source>Invitation &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/first_run.py" line="92"/>
        <source>Invitation token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="67"/>
        <source>Keyboard shortcuts — hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="69"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="69"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/help.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../hrdcase/ui/app.py" line="93"/>
        <source>Your caseload is open, but it could not be remembered on this computer: no system keyring is available (on Linux, GNOME Keyring or KWallet provides one). Type your passphrase next time.</source>
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
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="47"/>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="77"/>
        <source>Surges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="59"/>
        <source>Surge roster: responders who also cover the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="61"/>
        <source>Tick responders who also take this region&apos;s cases during the surge. Their own workload limits stay in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="67"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="67"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="68"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="68"/>
        <source>Surge starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="69"/>
        <source>E&amp;nds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="69"/>
        <source>Surge ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="70"/>
        <source>Reason for the surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="70"/>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="72"/>
        <source>Ros&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="74"/>
        <source>&amp;Declare surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="79"/>
        <source>&amp;End selected surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="130"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="130"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="131"/>
        <source>{region}: {start} – {end} ({state}) — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="136"/>
        <source>Roster: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="163"/>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="166"/>
        <source>A surge must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="169"/>
        <source>Say why the team is in a surge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="187"/>
        <source>End surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="188"/>
        <source>End this surge now? Its cases lose the surge priority at their next triage; ending cannot be taken back (declare a new surge instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/surge_dialog.py" line="190"/>
        <source>&amp;End surge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="298"/>
        <source>Syncing… {n} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="300"/>
        <source>Syncing… {n} of {total} sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="301"/>
        <source>Syncing… sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="303"/>
        <source>Syncing… sending evidence {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="305"/>
        <source>Syncing… receiving evidence {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="307"/>
        <source>Cancelling the sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="308"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="331"/>
        <source>Device revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="333"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="335"/>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="337"/>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="339"/>
        <source>Synced {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="341"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="344"/>
        <source>{n} to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="346"/>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="347"/>
        <source>{n} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="355"/>
        <source>Server: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="357"/>
        <source>Last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="359"/>
        <location filename="../../hrdcase/ui/sync_status.py" line="361"/>
        <source>Last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="362"/>
        <source>Click for Sync now, Conflicts and Escalations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="383"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="385"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="386"/>
        <source>Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/sync_status.py" line="406"/>
        <source>Sync status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="37"/>
        <source>Team &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="39"/>
        <source>Check &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="41"/>
        <source>Declare &amp;surge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="42"/>
        <source>&amp;Handover notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="43"/>
        <source>Tea&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="47"/>
        <source>&amp;Workload policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="49"/>
        <source>My &amp;time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="53"/>
        <source>&amp;People and teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="55"/>
        <source>Monitoring &amp;benchmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="57"/>
        <source>Transparency &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="67"/>
        <source>Check-in due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="69"/>
        <source>A check-in is due: check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wellbeing/team_menu.py" line="146"/>
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
        <location filename="../../hrdcase/services/audit_text.py" line="79"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="80"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="84"/>
        <source>Someone (no signed-in responder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="91"/>
        <source>{actor} recorded “{action}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="107"/>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="108"/>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="109"/>
        <source>the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="110"/>
        <source>the severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="111"/>
        <source>the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="112"/>
        <source>the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="113"/>
        <source>the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="121"/>
        <source>{field} from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="143"/>
        <source>{actor} opened the case ({channel}, {priority}, {category}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="152"/>
        <source>{actor} moved the case from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="158"/>
        <source>{actor} reopened the case (it was {old}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="167"/>
        <source>{actor} unassigned the case (it was with {old}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="170"/>
        <source>{actor} assigned the case to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="172"/>
        <source>{actor} reassigned the case from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="180"/>
        <source>{actor} edited the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="181"/>
        <source>{actor} changed {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="187"/>
        <source>{actor} recorded an incident: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="193"/>
        <source>{actor} assessed the risk: {level} (score {score}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="202"/>
        <source>open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="203"/>
        <source>concurrent P1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="204"/>
        <source>daily exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="205"/>
        <source>weekly exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="208"/>
        <source>{actor} overrode the workload limit ({limits}) to give the case to {person}, with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="215"/>
        <source>{actor} left a handover note from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="234"/>
        <source>{actor} recorded the first response, after its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="236"/>
        <source>{actor} recorded the first response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="241"/>
        <source>Unanswered case escalated to the {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="257"/>
        <source>{actor} added trusted partner #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="272"/>
        <source>{actor} completed step “{step}” of “{playbook}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="274"/>
        <source>{actor} skipped step “{step}” of “{playbook}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="284"/>
        <source>{actor} notified the defender via {channel} (vetted by {vetter}; consent {method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="299"/>
        <source>{kb} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="300"/>
        <source>{actor} attached an evidence image ({kind}, {size}), hidden as graphic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="302"/>
        <source>{actor} attached an evidence image ({kind}, {size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="317"/>
        <source>{actor} recorded decision #{id}: {ground}, {category} (policy {policy}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="326"/>
        <source>{actor} filed an appeal against decision #{id}; review due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="333"/>
        <source>{actor} asked {reviewer} to review appeal #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="341"/>
        <source>{actor} decided appeal #{id}: {outcome}; the case reopens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="343"/>
        <source>{actor} decided appeal #{id}: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="350"/>
        <source>{actor} took appeal #{id} to a dispute settlement body (complex; decision due {due}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="352"/>
        <source>{actor} took appeal #{id} to a dispute settlement body (decision due {due}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="367"/>
        <source>{actor} invited {person} ({roles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="374"/>
        <source>{actor} changed the roles of {person} to {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="381"/>
        <source>{actor} created a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="386"/>
        <source>{actor} confirmed a device after comparing its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="392"/>
        <source>{actor} revoked a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="399"/>
        <source>Sync kept the later of two edits of {fields} made at the same time on different devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="401"/>
        <source>{actor} kept the later of two edits of {fields} made at the same time on different devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="409"/>
        <source>{actor} settled a sync conflict over {field}, keeping this device&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="411"/>
        <source>{actor} settled a sync conflict over {field}, keeping the other device&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="417"/>
        <source>{actor} gave this caseload its device identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="423"/>
        <source>{actor} joined the organisation with this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="429"/>
        <source>{actor} set the time zone of {person} to {tz}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="436"/>
        <source>{actor} rated the civic space of {region} {level} (was {old}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="443"/>
        <source>{actor} added the region {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="449"/>
        <source>{actor} changed the workload policy (version {version}: {changed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="457"/>
        <source>{actor} declared a surge in {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="463"/>
        <source>{actor} ended the surge in {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="470"/>
        <source>{actor} recorded a wellbeing check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="308"/>
        <source>{actor} marked an evidence image as graphic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="310"/>
        <source>{actor} marked an evidence image as not graphic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/timeline.py" line="55"/>
        <source>Audit entry #{seq}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="263"/>
        <source>{actor} attached the playbook “{playbook}” ({steps} steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="249"/>
        <source>{actor} imported the case from platform report {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="251"/>
        <source>{actor} recorded the trusted partner who escalated the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="227"/>
        <source>{actor} triaged the case as {priority} ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransparencyDialog</name>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="54"/>
        <source>Transparency report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="59"/>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="99"/>
        <source>Folder for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="60"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="66"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="66"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="70"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="73"/>
        <source>Writes transparency.pdf, .csv and .json. Counts of 1 to 9 show as &quot;&lt;10&quot;, and further cells are withheld so none can be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="80"/>
        <source>&amp;Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="106"/>
        <source>Choose a folder for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="111"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/reports/transparency_dialog.py" line="119"/>
        <source>Wrote {files} to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="28"/>
        <source>Severity is {severity}: that sets the starting priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="32"/>
        <source>The current risk assessment is critical: always P1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="33"/>
        <source>The current risk assessment is {risk}: one step more urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="36"/>
        <source>Civic space in the region is {rating}: one step more urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="39"/>
        <source>The region is in surge mode: one step more urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="52"/>
        <source>{d} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="68"/>
        <source>⚠ Answered {late} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="69"/>
        <source>✓ Met: answered {early} before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="73"/>
        <source>✓ Clock stopped: the case is no longer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="74"/>
        <source>No first response was recorded before the case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="77"/>
        <source>⚠ Breached {ago} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="79"/>
        <source>⚠ Due in {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="80"/>
        <source>Due in {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="88"/>
        <source>Not triaged yet: the priority was set at intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="89"/>
        <source>Triaged by a status change: the priority was set at intake or by hand, not by the triage rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="280"/>
        <source>shift lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/wording.py" line="281"/>
        <source>director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="54"/>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="56"/>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="57"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_text.py" line="65"/>
        <source>No deadline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="127"/>
        <source>severity {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="132"/>
        <source>civic space {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/services/audit_text.py" line="135"/>
        <source>surge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="63"/>
        <source>Record first &amp;response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="64"/>
        <source>Record the first response now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="60"/>
        <source>Triage n&amp;ow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="62"/>
        <source>Triage now: see the proposed priority and deadlines, then apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="65"/>
        <source>New ris&amp;k note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="66"/>
        <source>Write a new risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="76"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="80"/>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="82"/>
        <source>First response due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="84"/>
        <source>Resolution due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="86"/>
        <source>Escalations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="87"/>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="106"/>
        <source>&amp;Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="142"/>
        <source>(at {at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="212"/>
        <source>Record first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="213"/>
        <source>Record that the first response went out now ({now})? The time cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="216"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="147"/>
        <source>{role} alerted at {at} (due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="149"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="162"/>
        <source>No risk assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="165"/>
        <source>{level} (score {score}); next review {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_panel.py" line="168"/>
        <source>⚠ REVIEW OVERDUE: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriagePreview</name>
    <message>
        <location filename="../../hrdcase/ui/case/triage_preview.py" line="37"/>
        <source>Triage {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_preview.py" line="44"/>
        <source>&amp;Apply triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_preview.py" line="49"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_preview.py" line="59"/>
        <source>Proposed priority: {new} (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_preview.py" line="60"/>
        <source>Proposed priority: {new} (now {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_preview.py" line="64"/>
        <source>Applying sets the first-response and resolution deadlines from the service-level policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/triage_preview.py" line="67"/>
        <source>The status moves from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="54"/>
        <source>A case cannot go back from {new} to {old}, so this edit has no undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="74"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="74"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="75"/>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="75"/>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="76"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="76"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="77"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="77"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="78"/>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="97"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="98"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="99"/>
        <source>Undo the last edit of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="114"/>
        <source>{ref} saved: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="133"/>
        <source>{ref}: undone (a new change in the timeline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/case/undo.py" line="141"/>
        <source>Not undone: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="45"/>
        <source>Locked — hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="46"/>
        <source>Unlock caseload — hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="53"/>
        <source>hrdcase is locked. Type your passphrase to go back to where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="55"/>
        <source>Your caseload is encrypted. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="59"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="62"/>
        <source>&amp;Remember on this device (OS keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="63"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="68"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="71"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="76"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/unlock.py" line="95"/>
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
        <location filename="../../hrdcase/ui/widgets.py" line="48"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../hrdcase/ui/wipe.py" line="23"/>
        <source>Wipe this caseload — hrdcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wipe.py" line="24"/>
        <source>wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wipe.py" line="26"/>
        <source>This destroys the caseload on this computer for good: the key file first, then the database and every other file of the profile, then the key remembered in the keyring. Nobody can open it afterwards, not even with the right passphrase. Cases not synced to the server are lost.

Type “{word}” to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wipe.py" line="32"/>
        <source>Type the word to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hrdcase/ui/wipe.py" line="34"/>
        <source>&amp;Wipe now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
