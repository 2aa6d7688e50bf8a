# Catchball — English (the fallback for every other language).

## Commands: menus, palette, help (the same words as in src/ui/commands.rs)

cmd-New = New
cmd-Open = Open…
cmd-Save = Save
cmd-SaveAs = Save As…
cmd-SaveAsNewPlan = Save as a new plan…
cmd-CompareWith = Compare with…
cmd-MergeWith = Merge…
cmd-ExportHtml = Web page (HTML)…
cmd-ExportPdf = PDF document…
cmd-ExportXlsx = Excel workbook (XLSX)…
cmd-ExportCsv = CSV tables…
cmd-ExportMarkdown = Markdown summary…
cmd-ExportXMatrixSvg = X-matrix picture (SVG)…
cmd-ExportXMatrixPng = X-matrix picture (PNG)…
cmd-ExportMapSvg = Strategy map picture (SVG)…
cmd-ExportMapPng = Strategy map picture (PNG)…
cmd-Quit = Quit
cmd-Undo = Undo
cmd-Redo = Redo
cmd-Palette = Command palette…
cmd-ZoomIn = Zoom in
cmd-ZoomOut = Zoom out
cmd-ZoomReset = Reset zoom
cmd-LightTheme = Light theme
cmd-DarkTheme = Dark theme
cmd-HighContrastTheme = High-contrast theme
cmd-Fullscreen = Full screen
cmd-Present = Present
cmd-NextPanel = Next panel
cmd-PreviousPanel = Previous panel
cmd-ShowVision = Vision
cmd-ShowPriorities = Priorities
cmd-ShowXMatrix = X-matrix
cmd-ShowScorecard = Scorecard
cmd-ShowOkrs = OKRs
cmd-ShowAudit = Audit
cmd-ShowWorkshop = Workshop
cmd-StartTimer = Start a timer…
cmd-PauseTimer = Pause or resume the timer
cmd-AddMinute = Add a minute to the timer
cmd-StopTimer = Stop the timer
cmd-RecordDecision = Record a decision…
cmd-ParkTopic = Park a topic…
cmd-SendToTeam = Send proposals to a team…
cmd-ReadAnswer = Read a team's answer…
cmd-KeyboardShortcuts = Keyboard shortcuts
cmd-About = About Catchball
cmd-RoomNext = Next step
cmd-RoomBack = Previous step
cmd-RoomBlank = Blank the screen (again to show it)
cmd-RoomLeave = Back to the editor, at the same place
cmd-RoomTopLeft = X-matrix: zoom to the top-left corner
cmd-RoomTopRight = X-matrix: zoom to the top-right corner
cmd-RoomBottomLeft = X-matrix: zoom to the bottom-left corner
cmd-RoomBottomRight = X-matrix: zoom to the bottom-right corner
cmd-RoomWhole = X-matrix: show all of it
cmd-RoomPreviousItem = X-matrix: previous item
cmd-RoomNextItem = X-matrix: next item clockwise
cmd-RoomTimer = Start or pause the timer
cmd-RoomAddMinute = Add a minute to the timer
cmd-XmMoveLeft = Move the column item left
cmd-XmMoveRight = Move the column item right
cmd-XmMoveUp = Move the row item up
cmd-XmMoveDown = Move the row item down
cmd-XmLeft = Cursor left
cmd-XmRight = Cursor right
cmd-XmUp = Cursor up
cmd-XmDown = Cursor down
cmd-XmCycle = Cycle the mark ● ○ △ (or select the item)
cmd-XmStrong = Set a strong mark ● (a lead)
cmd-XmMedium = Set a medium mark ○ (core team)
cmd-XmWeak = Set a weak mark △ (consulted)
cmd-XmLinked = Set a linked mark ✓ (tied, not rated yet)
cmd-XmClear = Clear the mark
cmd-XmEdit = Edit the item, or a mark's why
cmd-XmDelete = Delete the item or the mark
cmd-XmWalkPrevious = Walk back to the previous item
cmd-XmWalkNext = Walk the items clockwise, highlighting their ties
cmd-XmClearHighlight = Clear the highlight
cmd-RoundRecord = Record the check-in and go on
cmd-RoundSkip = Skip this key result
cmd-RoundBack = Back to the previous key result
cmd-PriorityUp = Move the priority up
cmd-PriorityDown = Move the priority down

palette-export = Export: { $command }
palette-in = { $place }: { $command }

## Menus and the window's frame

menu-file = File
menu-edit = Edit
menu-view = View
menu-workshop = Workshop
menu-help = Help
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-export = Export
menu-language = Language
language-system = System language ({ $language })
undo-named = Undo { $what }
redo-named = Redo { $what }
status-read-only = Read-only: nothing is changed here. { $why }
status-saved = Saved
status-unsaved = ● Unsaved changes
status-no-plan = No plan open
status-zoom = Zoom { $percent }%
status-untitled = { $name } — not saved to a file yet
welcome-tagline = From vision to execution, in one plan file.
welcome-new = New plan
welcome-open = Open…
welcome-sample = Open the sample workshop
welcome-recent = Recent

## Panels

panel-vision = Vision
panel-priorities = Priorities
panel-xmatrix = X-matrix
panel-scorecard = Scorecard
panel-okrs = OKRs
panel-audit = Audit
panel-workshop = Workshop

## The Vision panel

vision-heading = Vision
vision-intro = Where we want to be — concrete and measurable — and why it matters.
vision-statement = Vision statement
vision-statement-hint = e.g. Cut our carbon footprint 40% by 2030 and reach net-zero by 2040
vision-why = Why
vision-why-hint = Why this matters to customers, people and the business
vision-target-year = Target year
vision-targets = Vision targets
vision-no-targets = No vision targets yet — add the numbers that tell when the vision is reached.
vision-col-metric = Metric
vision-col-value = Value
vision-col-unit = Unit
vision-col-year = By year
vision-add-target = ➕ Add vision target
vision-target-metric = Target { $n } metric
vision-target-value = Target { $n } value
vision-target-unit = Target { $n } unit
vision-target-year-n = Target { $n } year
vision-delete-target = Delete target { $n }
vision-delete-target-hint = Delete this target (Ctrl+Z undoes)
details-heading = Plan details
details-title = Title
details-title-hint = Strategy 2027
details-organisation = Organisation
details-organisation-hint = Who the plan is for
details-facilitator = Facilitator
details-facilitator-hint = Who runs the workshop
details-horizon = Horizon
details-horizon-hint = e.g. 2026–2030
details-period = Current period
details-period-hint = e.g. 2027-Q1

## People and teams (on the Vision panel)

people-heading = People and teams
people-intro = Everyone who owns, leads or checks in on something, and the teams OKRs belong to.
people-people = People
people-teams = Teams

## The Priorities panel

priorities-heading = Strategic priorities
priorities-intro = What we focus on for the next 12–18 months. Each has one owner and a why.
priorities-none = No priorities yet — press “Add priority” to add the first one.
priorities-new = New priority { $n }
priorities-drag = Drag to reorder (or Alt+↑ / Alt+↓)
priorities-name = Priority { $n } name
priorities-owner = Owner
priorities-owner-n = Priority { $n } owner
priorities-horizon = Horizon
priorities-horizon-n = Priority { $n } horizon
priorities-why = Why
priorities-why-n = Priority { $n } why
priorities-why-hint = Why this priority, why now?

priorities-count-ok = { $count } — within the recommended 3 to 5
priorities-count-warn = { $count } — 3 to 5 are recommended; more spreads the team thin
priorities-add = ➕ Add priority
priorities-horizon-hint = e.g. 2027
priorities-no-owner = ⚠ no owner
priorities-no-why = ⚠ missing why — people commit to what they understand
vote-on-priorities = ➕ Vote on the priorities…
vote-on-annuals = ➕ Vote on the annual objectives…
vote-on-measures = ➕ Vote on the scorecard measures…
vote-on-parking-lot = ➕ Vote on the parking lot…

## Room views (presentation mode): read from five metres

room-hint = Page Down / Page Up: next / back · B: blank · Esc: back to the editor
room-hint-xmatrix = Page Down / Page Up: next / back · 1–4: a corner, 0: all · W: next item · B: blank · Esc: editor
room-vision = Vision · { $plan }
room-no-vision = No vision statement yet.
room-by-year = by { $year }
room-target-year = target year
room-target-value = { $value } { $unit }
room-target-by = { $metric } by { $year }
room-why = Why
room-priorities = Strategic priorities · { $plan }
room-no-priorities = No strategic priorities yet.
room-priority-n = Priority { $n }
room-priority-of = Priority { $n } of { $count }
room-no-owner = No owner yet
room-no-owner-horizon = No owner yet · { $horizon }
room-owner = Owner: { $owner }
room-owner-horizon = Owner: { $owner } · { $horizon }
room-nothing-serves = No OKR or scorecard objective serves it yet.
room-what-serves = What serves it
room-serves-okr = OKR · { $team } · { $name }
room-serves-objective = Scorecard · { $name }
room-audit = Alignment audit · { $plan }
room-no-findings = ✔ No findings: the plan avoids the classic pitfalls.
room-findings = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
room-vote = Dot vote · { $plan }
room-vote-hidden = The result stays hidden until everyone has voted.
room-removed = (removed)
room-have-voted = { $count ->
    [one] 1 has voted
   *[other] { $count } have voted
}
room-have-answered = { $count ->
    [one] 1 has answered
   *[other] { $count } have answered
}
room-round = Confidence round · { $plan }
room-decisions = Decisions and parking lot · { $plan }
room-decided = Decided
room-nothing-decided = Nothing decided yet.
room-decision = ✔ { $text }
room-decision-dated = ✔ { $date }  { $text }
room-parked = Parked for later
room-nothing-parked = Nothing parked.
room-xmatrix = X-matrix · { $place }
room-xmatrix-item = X-matrix · { $place } · { $code }  { $name }
room-xmatrix-empty = The X-matrix is empty.
room-scorecard = Balanced Scorecard · { $perspective }
room-scorecard-overall = Balanced Scorecard · { $plan } · overall { $score } — { $verdict }
room-no-bsc = No scorecard objectives yet.
room-no-objectives = No objectives
room-more =
    +{ $count } more
    in the editor
room-map = Strategy map · { $plan }
room-okrs = OKRs · { $plan } · { $period } overall { $score } — { $verdict }
room-no-team = Objectives without a team
room-no-okrs = No OKRs yet.
room-serves = serves “{ $name }”
room-kr-metric = { $start } → { $target } { $unit } · now { $current }
room-kr-done = ✓ done
room-kr-no-level = no level yet
room-kr-at = at “{ $level }”
room-kr-not-done = not done yet
room-kr-due = due { $date }
room-confidence = confidence { $value }/10

## Scores

score-line = { $score } · { $status }
score-no-data = no data
status-red = red
status-amber = amber
status-green = green

## Questions and errors (modal windows)

btn-save = Save
btn-dont-save = Don't save
btn-cancel = Cancel
btn-overwrite = Overwrite
btn-open = Open
btn-export = Export
btn-replace = Replace
btn-ok = OK
btn-merge-anyway = Merge anyway
btn-restore = Restore
btn-discard = Discard them
btn-open-read-only = Open read-only
btn-open-anyway = Open anyway
btn-start = Start
btn-close = Close
prompt-unsaved = Save changes?
prompt-conflict = The file was changed by someone else
prompt-restore = Restore unsaved changes?
prompt-elsewhere = Open in another window
prompt-other-plan = { $file } is a copy of another plan
other-plan-detail = Its plan id differs from this plan's, so no version both started from is known. Merging anyway asks about every difference.
unsaved-before-new = Save changes to “{ $name }” before starting a new plan?
unsaved-before-open = Save changes to “{ $name }” before opening another plan?
unsaved-before-quit = Save changes to “{ $name }” before quitting?
unsaved-detail = Your changes will be lost if you don't save them.
conflict-question = “{ $name }” was changed by someone else since you opened it.
conflict-detail = Overwrite their changes with yours, save yours under another name, or cancel and keep both as they are.
replace-question = Replace “{ $name }”?
replace-detail = { $path } already exists. Replacing it with the { $what } overwrites what is in it.
restore-file = Catchball found unsaved changes to “{ $file }” from a session that did not end normally.
restore-file-when = Catchball found unsaved changes to “{ $file }” from a session that did not end normally (last kept { $when }).
restore-unsaved = Catchball found unsaved changes to an unsaved plan from a session that did not end normally.
restore-unsaved-when = Catchball found unsaved changes to an unsaved plan from a session that did not end normally (last kept { $when }).
restore-detail = Restore them to keep working where you left off, or discard them for good. Closing the window keeps them for next time.
restored = Restored your unsaved changes. Save to keep them.
restore-failed = Could not restore the unsaved changes
elsewhere-question = “{ $name }” is open in another Catchball window.
elsewhere-detail = Open it read-only here, so only that window changes it; or open it anyway, and whoever saves second is asked before writing over the other's changes.
path-field = File path
path-open = Type the path of the plan file to open.
path-save = Type where to save the plan (a .plan.ron file).
path-csv = Type a folder for the tables, or a .csv file for the key results alone.
path-export = Type where to write the export.
path-other = Type the path of the other plan file.
path-team = Type where to write the team's plan file.
path-new-plan = Type where to save the new plan.
path-title-open = Open plan
path-title-save = Save plan as
path-title-export = Export the { $what }
path-title-compare = Compare with
path-title-merge = Merge a copy
path-title-answer = Read a team's answer
path-title-team = Send proposals to a team
path-title-new-plan = Save as a new plan
timer-title = Start a timer
timer-question = How many minutes ({ $min }–{ $max })? The timer runs on while you edit and present.
timer-minutes = Minutes
timer-whole-number = Type a whole number from { $min } to { $max }.

## Notices and files

saved = Saved { $path }
save-failed = Could not save { $path }
save-other-name = Choose another name than { $path }
save-read-only = { $name } is read-only here and is never written over, so that nothing in it is lost. Save the copy under another name.
file-copy-name = { $stem } (copy).plan.ron
new-plan-file-name = { $stem } (new plan).plan.ron
exported = Exported to { $path }
exported-files = Exported to { $path } ({ $count } files)
export-failed = Could not export the { $what }
preferences-failed = Could not save preferences: { $error }
snapshot-failed = Could not write the recovery snapshot: { $error }
sample-name = Sample workshop
sample-failed = The bundled sample could not be read: { $error }
untitled-plan = Untitled plan
read-only-notice = { $why } { $advice }
read-only-elsewhere = { $path } is open in another Catchball window, so it is read-only here.
open-failed = Could not open { $path }
reloaded = Reloaded { $name }: it was changed on disk.
undo-failed = Could not undo: { $error }
redo-failed = Could not redo: { $error }
removed = { $what } — Ctrl+Z undoes it
removed-named = { $what } “{ $name }” — Ctrl+Z undoes it

## Compare and merge

failed-compare = Could not compare with { $path }
failed-merge = Could not merge { $path }
failed-answer = Could not read the answer in { $path }
failed-team-file = Could not write the team's file to { $path }
failed-write = Could not write { $path }
merge-newer = It was written by a newer Catchball; merging it into this version's format could lose what it holds. Update Catchball, then merge.
merge-read-only = This plan is read-only here. Use Save As… to work on a copy, then merge.
merge-heading = Merge { $file }
answer-heading = The team's answer
answer-heading-of = The answer of { $teams }
merge-base = Both copies are compared with revision { $revision } of this plan, the version they most likely started from: what only one side changed is taken.
merge-base-kept = Both copies are compared with revision { $revision } of this plan (kept { $kept }), the version they most likely started from: what only one side changed is taken.
merge-no-base = No version both started from is known here, so every difference is a question.
merge-nothing = Nothing to merge: { $file } holds nothing this plan does not have.
merged = Merged { $file }: { $changes } change(s) — Ctrl+Z undoes it.
merged-decided = Merged { $file }: { $changes } change(s), { $decided } conflict(s) decided ({ $ours } kept ours) — Ctrl+Z undoes it.
merge-taken-none = Nothing of theirs is taken without a question.
merge-taken = Their changes taken ({ $count }):
merge-conflicts = Conflicts to decide ({ $count }, { $open } open):
merge-all-ours = Keep ours for all
merge-all-theirs = Take theirs for all
merge-conflict-n = { $n }. { $title }
merge-keep-ours = Keep ours: { $value }
merge-take-theirs = Take theirs: { $value }
merge-apply = Apply the merge
merge-decide-first = Decide { $count } more conflict(s) first.
merge-decide-more = Decide { $count } more conflict(s) to apply.
compare-title = Compared with { $file }
compare-none = No differences: both hold the same plan.
compare-count = { $count } change(s) from this plan to { $file }:
compare-different-plans = These are copies of different plans (their plan ids differ).
team-none-open = No open proposals to send: propose an item to a team first (Workshop panel, Catchball).
team-which = Send proposals to which team?
team-which-detail = The team gets a plan file with its open proposals to answer in Catchball.
team-open = { $team } ({ $count } open)
team-file-name = { $stem } proposals.plan.ron
team-file-own = That is this plan's own file. Choose another name for the team's copy.
team-file-written = Wrote { $path }: { $count } open proposal(s) for { $team }. When the team sends it back, use Workshop ▸ Read a team's answer….

## Undoable steps (Undo menu, history, notices)
edit-record-a-value = record a value

edit-add-okr-objective = add OKR objective
edit-add-dependency = add dependency
edit-add-item = add item
edit-add-objective = add objective
edit-add-person-column = add person column
edit-add-person = add person
edit-add-priority = add priority
edit-add-team = add team
edit-add-vision-target = add vision target
edit-change-arm-names = change arm names
edit-change-cause-effect-link = change cause→effect link
edit-change-the-confidence-scale = change the confidence scale
edit-change-the-periods = change the periods
edit-change-the-perspectives = change the perspectives
edit-change-the-score-colours = change the score colours
edit-change = change
edit-delete-okr-objective = delete OKR objective
edit-delete-dependency = delete dependency
edit-delete-item = delete item
edit-delete-objective = delete objective
edit-delete-person = delete person
edit-delete-priority = delete priority
edit-delete-team = delete team
edit-delete-vision-target = delete vision target
edit-edit-okr = edit OKR
edit-edit-dependency = edit dependency
edit-edit-item = edit item
edit-edit-objective = edit objective
edit-edit-person = edit person
edit-edit-priority = edit priority
edit-edit-text = edit text
edit-edit-vision-target = edit vision target
edit-edit-workshop-notes = edit workshop notes
edit-link-okr-to-priority = link OKR to priority
edit-link-scorecard-objective = link scorecard objective
edit-merge = merge
edit-move-okr-objective = move OKR objective
edit-move-item = move item
edit-move-objective = move objective
edit-move-person-column = move person column
edit-move-priority = move priority
edit-mute-finding = mute finding
edit-remove-person-column = remove person column
edit-rename-team = rename team
edit-set-mark = set mark
edit-set-role = set role
edit-set-vision-year = set vision year
edit-answer-a-proposal = answer a proposal
edit-apply-the-vote = apply the vote
edit-close-period = close period
edit-date-a-decision = date a decision
edit-delete-a-vote = delete a vote
edit-delete-decision = delete decision
edit-delete-parked-topic = delete parked topic
edit-link-a-decision = link a decision
edit-park-a-topic = park a topic
edit-propose-to-a-team = propose to a team
edit-record-a-check-in = record a check-in
edit-record-a-decision = record a decision
edit-record-the-confidence = record the confidence
edit-start-a-dot-vote = start a dot vote
edit-answer-a-confidence-round = answer a confidence round
edit-cast-a-ballot = cast a ballot
edit-reveal-the-round = reveal the round
edit-reveal-the-vote = reveal the vote
edit-set-one-dot-per-item = set one dot per item
edit-set-the-dots-per-participant = set the dots per participant
edit-take-an-item-off-the-vote = take an item off the vote
edit-move-key-result = move key result
edit-start-a-confidence-round = start a confidence round

## The Workshop panel

about-xmatrix = X-matrix: { $name }
about-priority = Priority: { $name }
about-scorecard = Scorecard: { $name }
about-okr = OKR: { $name }
about-annual = Annual objective: { $name }
about-kr = Key result: { $name }
ws-dated = { $text } · { $date }
ws-who = Who
ws-reveal = Reveal
ws-decisions = Decisions
ws-add-decision = ➕ Decision
ws-add-decision-hint = Record what the room decided (Ctrl+K, then “decision”)
ws-no-decisions = No decisions recorded yet.
ws-decision-n = Decision { $n }
ws-decision-hint = What was decided
ws-on = On
ws-decision-date = Decision { $n } date
ws-about = About
ws-decision-about = Decision { $n } is about
ws-whole-plan = — the whole plan —
ws-delete-decision = Delete decision { $n }
ws-delete-decision-hint = Delete this decision (Ctrl+Z undoes)
ws-parking-lot = Parking lot
ws-add-topic = ➕ Park a topic
ws-add-topic-hint = Keep a topic for later without losing the thread (Ctrl+K, then “park”)
ws-topic-n = Parked topic { $n }
ws-topic-hint = A topic for later
ws-delete-topic = Delete parked topic { $n }
ws-delete-topic-hint = Delete this topic (Ctrl+Z undoes)
ws-dot-votes = Dot votes
ws-no-votes = No votes taken yet.
vote-question-priorities = Which priorities matter most for the next 12–18 months?
vote-question-annuals = Which annual objectives come first this year?
vote-question-measures = Which measures tell us best whether the strategy works?
vote-question-parking-lot = Which parked topics do we take up next?
vote-start-hint = Each participant spreads dots over the items; the count stays hidden until you reveal it
vote-dots-each = { $count ->
    [one] 1 dot each
   *[other] { $count } dots each
}
vote-dots-each-one = { $count ->
    [one] 1 dot each, at most one per item
   *[other] { $count } dots each, at most one per item
}
vote-delete = 🗑 Delete vote
vote-delete-n = Delete vote { $n }
vote-take-off = Take item { $item } off vote { $n }
vote-take-off-hint = Not on the wall for this vote
vote-dots-label = Dots each
vote-dots-each-n = Vote { $n } dots each
vote-one-per-item = At most one dot per item
vote-one-per-item-n = Vote { $n } at most one dot per item
vote-nobody = Nobody has voted yet.
vote-voted = { $count } voted: { $names } — the count stays hidden.
vote-participant = Vote { $n } participant
vote-dots-numbers = Dots (item numbers)
vote-dots-hint = e.g. 1 3 3
vote-dots-n = Vote { $n } dots
vote-cast = Cast
vote-cast-n = Cast ballot in vote { $n }
vote-reveal-n = Reveal vote { $n }
vote-keep-top = Keep the top
vote-keep-n = Vote { $n } keep
vote-keep-rest = as the priorities, in this order
vote-apply = Apply
vote-apply-n = Apply vote { $n }
vote-apply-hint = Reorders the priorities by dots and removes the ones below the cut (Ctrl+Z undoes it)
ws-rounds = Confidence rounds
ws-no-rounds = No confidence rounds yet.
round-on = Confidence round on
round-whole-period = all of this period's OKRs
round-start = ➕ Start a confidence round…
round-start-hint = Everyone gives a value privately; the spread shows when you reveal it
round-none-open = There are no open OKRs in the current period to ask about
round-none-open-team = { $team } has no open OKRs in the current period to ask about
round-question = How confident are we that we reach { $period }'s key results?
round-question-team = How confident are we that { $team } reaches its { $period } key results?
round-scale = On this plan's scale of { $low } to { $high }.
round-about = About: { $names }
round-record = Record as the key results' confidence
round-record-n = Record round { $n }
round-record-hint = A check-in at each key result's current value with the median confidence (Ctrl+Z undoes it)
round-nobody = Nobody has answered yet.
round-answered = { $count } answered: { $names } — the values stay hidden.
round-participant = Round { $n } participant
round-confidence = Confidence
round-value = Round { $n } value
round-why = Why (when low)
round-why-n = Round { $n } why
round-answer = Answer
round-answer-n = Answer round { $n }
round-reveal-n = Reveal round { $n }
round-no-reason = (no reason given yet)
round-low = { $who } answered { $value }: { $why }
cb-heading = Catchball
cb-intro = Throw a goal to a team; they agree, revise or reject it, and say why.
cb-item = Item to propose
cb-choose-item = — choose what —
cb-to = to
cb-team = Team to propose to
cb-choose-team = — choose a team —
cb-no-teams = The plan has no teams yet (add them on the Vision panel)
cb-choose = Choose what to propose and to which team
cb-propose = Propose
cb-nothing-open = Nothing open.
cb-status = · { $status }
cb-step = ({ $status })
cb-step-dated = ({ $status } { $date })
cb-step-why = ({ $status }: { $why })
cb-step-dated-why = ({ $status } { $date }: { $why })
cb-why-hint = Why (the team's words)
cb-comment-on = Comment on { $item }
cb-answer-on = { $status }: { $item }
cb-settled = { $count } settled (agreed or rejected).
cb-draft = draft
cb-proposed = proposed
cb-agreed = agreed
cb-revised = revised
cb-rejected = rejected

## Audit findings (message, then what to do)

a-vision-abstract = The vision “{ $vision }” has no number and no year.
a-vision-abstract-hint = Make it measurable: what, how much, by when (“cut our footprint 40% by 2030”).
a-vision-missing = The plan has no vision statement.
a-vision-missing-hint = Write where the organisation wants to be, concrete and measurable.
a-vision-why = The vision has no why.
a-vision-why-hint = Say why it matters; people commit to what they understand.
a-too-many-priorities = The plan has { $count } strategic priorities.
a-too-many-priorities-hint = Keep 3 to { $max }: focus is the point. Dot-vote to choose.
a-priority-owner = The priority “{ $name }” has no owner.
a-priority-owner-hint = Give it exactly one owner who answers for it.
a-priority-metric = The priority “{ $name }” has no metric: no scorecard measure or key result tracks it.
a-priority-metric-hint = Link a scorecard objective with a measure, or an OKR objective with key results, to it.
a-priority-why = The priority “{ $name }” has no why.
a-priority-why-hint = Write why it matters now; without it teams drift back to urgent work.
a-too-many-objectives = { $team } has { $count } open objectives in { $period }.
a-too-many-objectives-hint = At most { $max } per team per quarter; focus beats coverage.
a-dependency-one = “{ $from }” ({ $from_team }) depends on “{ $on }” ({ $on_team }), but { $missing } has not agreed to it.
a-dependency-none = “{ $from }” ({ $from_team }) depends on “{ $on }” ({ $on_team }), but neither team has agreed to it.
a-dependency-hint = Agree it with both teams in the OKRs panel's dependencies, or plan around it.
a-objective-krs = { $count ->
    [one] The objective “{ $name }”{ $team } has 1 key result.
   *[other] The objective “{ $name }”{ $team } has { $count } key results.
}
a-too-many-krs-hint = Keep { $min } to { $max }: the few that tell whether it is reached.
a-too-few-krs-hint = Aim for { $min } to { $max } measurable key results.
a-objective-owner = The objective “{ $name }”{ $team } has no owner.
a-objective-owner-hint = Give it exactly one owner.
a-objective-why = The objective “{ $name }”{ $team } has no why.
a-objective-why-hint = Write why it matters and which priority it moves.
a-orphan = The objective “{ $name }”{ $team } is not linked to any strategic priority.
a-orphan-hint = Link it to the priority it serves (or to a parent objective that does), or question why it is there.
a-kr-owner = The key result “{ $name }”{ $team } has no owner.
a-kr-no-deadline = The key result “{ $name }”{ $team } has neither a number nor a deadline.
a-kr-activity = The key result “{ $name }”{ $team } reads like an activity, not an outcome.
a-kr-activity-hint = State the result you want, with a number or a date (“cut load time to 1.4 s”, not “hold meetings”).
a-kr-away = The key result “{ $name }”{ $team } is moving away from its target: { $why }.
a-kr-away-hint = Talk about it at the next check-in: what changed, and what would turn it round?
a-kr-behind-start = now { $now }, behind its start of { $start }
a-kr-worse = { $last } on { $last_date }, after { $previous } on { $previous_date }
a-kr-low-confidence = The key result “{ $name }”{ $team } was checked in on { $date } with confidence { $confidence } and no comment.
a-kr-low-confidence-hint = Low confidence is useful news: add why, and what help is needed.
a-milestone-overdue = The milestone “{ $name }”{ $team } was due on { $due } and is not done.
a-milestone-overdue-hint = Mark it done, or agree a new date and say why it moved.
a-perspective-empty = The { $name } perspective has no objectives.
a-perspective-empty-hint = A balanced scorecard needs every perspective; add at least one objective, or remove the perspective.
a-perspective-many = The { $name } perspective has { $count } objectives.
a-perspective-many-hint = Keep at most { $max }; merge or drop the rest.
a-measures-many = The scorecard tracks { $count } measures.
a-measures-many-hint = More than about { $max } makes the scorecard bureaucratic; keep the few that steer.
a-bsc-no-measures = The scorecard objective “{ $name }” has no measures.
a-bsc-no-measures-hint = Add the measure that tells whether it is reached.
a-bsc-owner = The scorecard objective “{ $name }” has no owner.
a-bsc-owner-hint = Name one person who answers for it.
a-measure-target = The measure “{ $name }” of “{ $objective }” has no target.
a-measure-target-hint = Set a target so progress can be scored.
a-bsc-link = The scorecard objective “{ $name }” has no cause→effect link.
a-bsc-link-hint = In the strategy map, drag from what drives it, or to what it drives.

## The Audit panel and the audit's categories

audit-heading = Alignment audit
audit-summary = { $count ->
    [one] 1 finding · { $muted } muted
   *[other] { $count } findings · { $muted } muted
}
audit-none = ✔ No findings: the plan avoids every pitfall the audit knows.
audit-category = { $category } ({ $count })
audit-mute = Mute…
audit-mute-n = Mute: { $message }
audit-go = Go to
audit-go-n = Go to: { $message }
audit-unmute = Unmute
audit-unmute-n = Unmute: { $message }
audit-unmute-all = Unmute all: { $rule }
audit-muted = Muted ({ $count })
audit-all-of = All { $rule } ({ $count } now)
audit-muted-plan = — muted for this plan: { $reason }
audit-muted-one = — muted: { $reason }
audit-mute-title = Mute this finding
audit-mute-one = Only this finding
audit-mute-rule = Every finding of { $rule } in this plan ({ $count } now, and any later)
audit-mute-why = Why is this fine here? The reason is kept in the plan.
audit-mute-ok = Mute
room-category = { $count }  { $category }
cat-too-many-goals = Too many goals
cat-lack-of-ownership = Lack of ownership
cat-ignored-dependencies = Ignored dependencies
cat-activity-instead-of-outcome = Activity instead of outcome
cat-missing-why = Missing why
cat-vision-too-abstract = Vision too abstract
cat-orphan-objectives = Orphan objectives
cat-not-measurable = Not measurable
cat-progress = Progress
cat-x-matrix = X-matrix
cat-balanced-scorecard = Balanced Scorecard
cat-other = Other

## Reports (HTML, PDF, Markdown)

rep-html-title = { $title } — strategy plan
rep-exported = Exported from Catchball on { $date }.
rep-current-period = current period { $period }
rep-facilitated-by = facilitated by { $name }
rep-no-check-in = no check-in yet
rep-latest = { $date } · confidence { $confidence }/10
rep-latest-trend = { $date } · confidence { $confidence }/10 · { $trend }
trend = { $arrow } { $word }
trend-better = improving
trend-worse = worsening
trend-flat = flat
severity-advice = advice
severity-warning = warning
rep-okrs = OKRs by team
rep-okr-scores = Scores: red below { $amber }, amber below { $green }, green from there; 0.7 is the stretch sweet spot. { $period } overall: { $total }.
rep-no-team = No team
rep-col-okr = Objective · key result
rep-col-owner-progress = Owner · progress
rep-col-score = Score
rep-col-why-latest = Why · latest check-in
rep-dependencies = Dependencies between teams
rep-col-needs = Needs
rep-col-from = From
rep-col-agreed = Agreed
rep-col-note = Note
rep-agreed-both = by both teams
rep-agreed-from = only by the team that needs it
rep-agreed-on = only by the team asked
rep-agreed-none = not yet
rep-category-count = { $category }: { $count }
rep-no-findings = No findings: the plan avoids the classic pitfalls the audit checks.
rep-findings = { $count } finding(s) — { $categories }.
rep-col-severity = Severity
rep-col-finding = Finding
rep-col-what-to-do = What to do
rep-muted = Muted on purpose ({ $count })
rep-col-reason = Reason
rep-decisions-parking = Decisions and parking lot
rep-col-date = Date
rep-col-decision = Decision
rep-target-year = Target year: { $year }
rep-targets = Targets
rep-col-priority = Priority
rep-not-tied = — not tied to anything
rep-xmatrix = Hoshin Kanri X-matrix
rep-col-code = Code
rep-col-arm = Arm
rep-col-item = Item
rep-col-tied = Tied to
rep-scorecard = Balanced Scorecard
rep-by-year = { " " }(by { $year })
rep-no-target = no target
rep-no-baseline = no baseline
rep-col-bsc = Perspective · objective · measure
rep-col-baseline-target = Baseline → target
rep-col-current = Current
rep-col-trend = Trend
rep-map = Strategy map
rep-map-note = Bottom to top, each perspective drives the ones above it. Arrows run from cause to effect.
rep-no-data-yet = no data yet
rep-initiatives = Initiatives
rep-col-initiative = Initiative
rep-col-objective = Objective
rep-col-budget = Budget
rep-col-due = Due
rep-col-status = Status

rep-bsc-note = Progress = (current − baseline) / (target − baseline), shown as computed (above 1.00 beyond the target); a range target is met anywhere inside it. Colours count progress as 0–1: red below { $amber }, amber below { $green }, green from there. An objective's score is the weighted mean of its measures; no data is not zero. Overall: { $total }.
rep-baseline-target = { $baseline } → { $target } { $unit }
rep-total = { $score } — { $points }
total-points = { $points } of 100 points
total-pass-reached = { $points } of 100 points; pass mark { $mark } reached
total-pass-missed = { $points } of 100 points; pass mark { $mark } not reached
initiative-not-started = not started
initiative-on-track = on track
initiative-at-risk = at risk
initiative-late = late
initiative-done = done

rep-page-of = page { $page } of { $count }

## The OKRs panel

okr-explain = the mean of the period's objectives' scores ({ $periods }).
okr-objectives = Objectives
okr-alignment = Alignment
okr-dependencies = Dependencies
okr-round = Check-in round…
okr-round-hint = Step through every key result of a team, keyboard only
okr-close-period = Close period…
okr-close-period-hint = Close the current period: carry objectives over, or close them as achieved, partly achieved or dropped with their final score
okr-add-objective = ➕ Objective
okr-overall = { $period } overall
okr-overall-chip = Overall
okr-show = Show
okr-all-periods = All periods
okr-period-filter = Period filter
okr-show-all = Show all
okr-all-teams = All teams
okr-all-owners = All owners
okr-all-priorities = All priorities
okr-team-filter = Team filter
okr-owner-filter = Owner filter
okr-priority-filter = Priority filter
okr-new-objective = New objective
okr-none-match = No objectives match — press “➕ Objective” to add one, or show all.
okr-add-kr = ➕ Key result
okr-add-kr-n = Add a key result to objective { $n }
okr-add-milestone = ➕ Milestone
okr-add-milestone-n = Add a milestone to objective { $n }
okr-add-levels = ➕ Levels
okr-add-levels-n = Add a key result with levels to objective { $n }
okr-add-levels-hint = Named levels (fail / commit / target / stretch) instead of a number
okr-new-kr = New key result
okr-closed = { $state } in { $period } · no final score
okr-closed-score = { $state } in { $period } · final score { $score }
okr-state-open = open
okr-state-achieved = achieved
okr-state-partly = partly achieved
okr-state-dropped = dropped
okr-state-carriedover = carried over
okr-reopen = Reopen
okr-reopen-n = Reopen objective { $n }
okr-reopen-hint = Open it again: the computed score counts, not the final one
okr-objective-name = Objective { $n } name
okr-objective-owner = Objective { $n } owner
okr-team = Team
okr-objective-team = Objective { $n } team
okr-no-team-choice = — no team —
okr-period = Period
okr-objective-period = Objective { $n } period
okr-objective-priority = Objective { $n } priority
okr-not-linked = — not linked —
okr-parent = Parent
okr-objective-parent = Objective { $n } parent
okr-none = — none —
okr-objective-why = Objective { $n } why
okr-why-hint = Why this objective? Which priority does it move?

## Key results

kr-none = No key results yet: add 3 to 5 that say how you will know.
kr-confidence-hint = Confidence at the last check-in, { $date } by { $who }
kr-confidence-hint-comment = Confidence at the last check-in, { $date } by { $who }: { $comment }
kr-now = now { $value }
kr-not-done = not done
kr-no-level = no level
kr-start-n = { $label } start
kr-target-n = { $label } target
kr-unit = unit
kr-unit-n = { $label } unit
kr-done = done
kr-done-n = { $label } done
kr-due-n = { $label } due date
kr-levels-hint = The levels; ⋯ ▸ Settings changes them
kr-check-in = Check in…
kr-check-in-n = Check in { $label }
kr-history = History
kr-history-n = History of { $label }
kr-move-up = ⬆ Move up
kr-move-up-n = Move { $label } up
kr-move-down = ⬇ Move down
kr-move-down-n = Move { $label } down
kr-actions-n = Actions for { $label }
kr-actions-hint = Check in, history, settings, move, delete
kr-move-to = Move to another objective
kr-move-to-n = Move { $label } to another objective

## The check-in window

ci-title = Check in
ci-objective = Objective: { $name }
ci-value = Check-in value
ci-done-box = Done
ci-done = Check-in done
ci-where = Where does it stand?
ci-scale = ({ $low } = no chance, { $high } = certain)
ci-comment = Comment
ci-date = Check-in date
ci-who = Checked in by
ci-record = Record check-in

## The Scorecard panel

chip-hover = { $name }: { $explain }
bsc-table = Table
bsc-perspectives = Perspectives…
bsc-named-score = { $name } { $score }
bsc-explain-total = the mean of the perspectives' scores ({ $scores }).
bsc-explain-perspective = mean of its objectives' scores ({ $scores }).
bsc-add-objective-n = ➕ { $perspective } objective
bsc-add-objective-hint = Add an objective to “{ $perspective }”
bsc-no-objectives = No { $lower } objectives yet — add one with the button above.
bsc-new-objective = New { $lower } objective
bsc-objective-name = Scorecard objective { $n } name
bsc-objective-owner = Scorecard objective { $n } owner
bsc-perspective = Perspective
bsc-by = By
bsc-objective-year = Scorecard objective { $n } target year
bsc-objective-why = Scorecard objective { $n } why
bsc-why-hint = Why this objective?
bsc-objective-note = Scorecard objective { $n } status note
bsc-note-hint = Status note (e.g. on hold until the budget review)
bsc-objective-perspective = Scorecard objective { $n } perspective
bsc-serves = Serves
bsc-add-priority = ➕ Priority
bsc-link-priority = Link scorecard objective { $n } to a priority
bsc-moves = Moves
bsc-add-metric = ➕ Metric
bsc-link-metric = Link scorecard objective { $n } to a metric
bsc-remove-link = Remove this link
bsc-add-initiative = ➕ Initiative
bsc-add-initiative-hint = Add an initiative
bsc-new-initiative = New initiative

## X-matrix arms and the X-matrix audit

arm-breakthrough-objectives = Breakthrough objectives
arm-annual-objectives = Annual objectives
arm-improvement-priorities = Improvement priorities
arm-metrics = Metrics
arm-aspirations = Aspirations
arm-strategies = Strategies
arm-tactics = Tactics
arm-evidence = Evidence
arm-one-breakthrough-objective = breakthrough objective
arm-one-annual-objective = annual objective
arm-one-improvement-priority = improvement priority
arm-one-metric = metric
arm-one-aspiration = aspiration
arm-one-strategy = strategy
arm-one-tactic = tactic
arm-one-evidence = evidence
a-x-empty-arm = The X-matrix has no { $lower }.
a-x-empty-arm-hint = Add at least one { $item } to that arm.
a-x-untied = The { $kind } “{ $name }” is not tied to any { $other }.
a-x-untied-hint = Mark which { $other } it serves in the corner between them, or drop it.
a-x-no-lead = The { $kind } “{ $name }” has no lead.
a-x-no-lead-hint = Give exactly one person the ● lead role in its row.
a-x-leads = The { $kind } “{ $name }” has { $count } leads ({ $people }).
a-x-leads-hint = Keep one lead; make the others ○ core team members.
a-x-overloaded = { $person } leads { $leads } and takes part in { $involved } { $lower }.
a-x-overloaded-hint = Spread the work: at most { $leads } leads and { $involved } priorities per person.

room-quadrant = { $a } × { $b }

legend-marks = Marks:
legend-people = People:
legend-strong = strong
legend-medium = medium
legend-weak = weak
legend-linked = linked, not rated
legend-lead = lead
legend-core = core team
legend-consulted = consulted

xl-vision = Vision
xl-target = Target
xl-xmatrix = X-matrix
xl-xmatrix-title = { $plan } — X-matrix
xl-legend = Legend
xl-marks = Marks between items: ● strong · ○ medium · △ weak
xl-marks-linked = Marks between items: ● strong · ○ medium · △ weak · ✓ linked, not rated
xl-people = People on an improvement priority: ● lead · ○ core team · △ consulted
xl-arms = Left: annual objectives · top: improvement priorities · right: metrics, then people · bottom: breakthrough objectives
xl-marks-sheet = X-matrix marks
xl-check-ins = Check-ins

bsc-intro = Progress = (current − baseline) / (target − baseline), also for “lower is better”. Hover a score to see how it was computed; no data is not zero.
ws-intro = What the room decided, what it parked for later, and its dot votes — kept in the plan file.
scoring-button = Scoring…
scoring-button-hint = Colour bands, pass mark and confidence scale

roll-title = Closing { $period }
roll-no-next = There is no period after “{ $period }”: it is neither a quarter like 2027-Q1 nor followed by another of the plan's own periods. Add the next period in the Vision panel's plan details.
roll-none-open = No open objectives in { $period }.
roll-computed = Computed
roll-final = Final score
roll-then = Then
roll-final-of = Final score of { $name }
roll-carry = carry over to { $period }
roll-choice = { $name }: { $state }
roll-note = Closed objectives stay readable in { $period } with their state and final score; carried ones start in { $next } from their last check-in.
roll-close = Close { $period }
round-key = { $keys }: { $what }
round-key-esc = Esc: end the round
round-all-teams = all teams
round-title = Check-in round — { $team }
round-complete = Round complete: { $recorded } check-in(s) recorded for { $total } key result(s).
round-kr-of = Key result { $n } of { $total }
round-record-next = Record and next
round-skip = Skip
round-back = Back

al-no-team = no team
al-objective = { $name } — { $team } · { $period } · score { $score }
al-open = Open this objective
al-show-objective = Show this objective
al-kr = ◦ { $name } — { $score }
al-show-kr = Show this key result
al-vision = Vision: { $vision }
al-show-priority = Show this priority
al-nobody = ⚠ no team is working on this
al-orphans = ⚠ Not linked to any priority (orphans)
al-item-team = { $name } ({ $team })
dep-intro = What one team needs from another. Each dependency is agreed by both teams.
dep-none = No dependencies yet.

## The X-matrix panel

xm-mark-strong = ● Strong
xm-mark-medium = ○ Medium
xm-mark-weak = △ Weak
xm-mark-linked = ✓ Linked, not rated
xm-clear = Clear
xm-why-linked-menu = Why are they linked…
xm-role-lead = ● Lead
xm-role-core = ○ Core team
xm-role-consulted = △ Consulted
xm-role-none = Not involved
xm-move-up = Move up
xm-move-down = Move down
xm-move-left = Move left
xm-move-right = Move right
xm-delete = Delete
xm-remove-person = Remove from the matrix
xm-edit = Edit…
xm-new-item = New { $item }
xm-add-person = ➕ Person
xm-new-person-menu = New person…
xm-new-person = New person
xm-classic-names = Classic Hoshin names
xm-taste-names = TASTE names
xm-arm-names = Arm names
xm-taste-hint = TASTE: True North, Aspirations, Strategies, Tactics, Evidence
xm-edit-item = Edit { $item }
xm-edit-person = Edit person
xm-why-linked = Why are they linked?
xm-done = Done
xm-name = Name
xm-note = Note
xm-unit = Unit
xm-role = Role
xm-no-mark-yet = There is no mark here yet; click the cell to add one.
xm-why-field = Why (one line)
xm-guide-vision = Vision
xm-guide-true-north = True North
xm-guide-marks = marks { $a } × { $b }
xm-guide-next = Next in the guided order:
xm-guide-step = ➜ { $step } (step { $n } of { $total })
xm-guide-hint = Build the X-matrix in this order; evidence before tactics avoids picking the work first and the measures to justify it afterwards.
    { $steps }
xm-target = Target
xm-target-set = set
xm-target-value = Target value
xm-better-is = Better is
xm-higher = higher
xm-lower = lower
xm-better-name = { $direction } is better
xm-levels = Levels (for a metric judged in words, best first)
xm-levels-none = None: the metric is a number. Add levels when it is judged in words.
xm-level = Level { $n }
xm-level-name = Level { $n } name
xm-level-meaning = Level { $n } meaning
xm-level-hint = what it looks like
xm-add-level = ➕ Level
xm-level-default = level { $n }
xm-three-levels = ➕ target / moderate / risk
xm-three-levels-hint = The three levels many X-matrices use
xm-level-target = target
xm-level-moderate = moderate
xm-level-risk = risk
xm-legend = Marks: ● strong  ○ medium  △ weak   ·   People: ● lead  ○ core team  △ consulted
xm-legend-linked = Marks: ● strong  ○ medium  △ weak  ✓ linked   ·   People: ● lead  ○ core team  △ consulted
xm-add-arm = ➕ { $item }
xm-horizontal = Horizontal labels
xm-keys = ⌨ Keys
xm-keys-click = Click a cell to cycle ● ○ △ · right-click for a menu
xm-check-ok = ✔ X-matrix check: no findings
xm-check-findings = { $count ->
    [one] ⚠ X-matrix check: 1 finding — hover the ⚠ markers for what to do
   *[other] ⚠ X-matrix check: { $count } findings — hover the ⚠ markers for what to do
}
xm-people = People
xm-no-mark = no mark
xm-not-involved = not involved
xm-centre = X-matrix centre
xm-cell = { $row } × { $col }: { $state }

## Shared buttons and the names screen readers hear

w-set-year = Set year
w-set = Set
w-set-name = Set { $name }
w-clear-name = Clear { $name }
w-field = { $label } { $field }
w-weight = Weight
w-weight-hint = Its share in the objective's score, relative to the others
w-delete-menu = 🗑 Delete
w-delete-of = Delete { $label }
w-delete-hint = Delete “{ $name }” (Ctrl+Z undoes)
w-set-date = Set date
w-move-up-of = Move { $label } up
w-move-down-of = Move { $label } down
f-name = name
f-owner = owner
f-role = role
f-team = team
f-part-of = is part of
f-start = start
f-end = end
f-unit = unit
f-baseline = baseline
f-target = target
f-minimum = minimum
f-maximum = maximum
f-budget = budget
f-due-date = due date
f-status = status
f-weight = weight
f-commit = commit value
f-stretch = stretch value
f-from = from
f-to = to
lbl-priority = priority { $n }
lbl-okr-objective = objective { $n }
lbl-scorecard-objective = scorecard objective { $n }
lbl-measure = Measure { $n }
lbl-initiative = Initiative { $n }
lbl-perspective = Perspective { $n }
lbl-period = Period { $n }
lbl-person = person { $n }
lbl-person-cap = Person { $n }
lbl-team = team { $n }
lbl-team-cap = Team { $n }
people-still-linked = Still owns, leads or belongs to something in the plan; reassign that first.
people-delete-hint = Delete (Ctrl+Z undoes)
people-role-hint = role
people-no-team = — no team —
people-top-level = — top level —
people-add-person = ➕ Add person
people-add-team = ➕ Add team
periods-heading = Periods
periods-none = None of its own: OKR periods are quarters like 2027-Q1 or FY25-Q4, and closing one moves to the next quarter. Add periods for sprints, halves or fiscal quarters with dates.
periods-from = from
periods-to = to
periods-add = ➕ Add period
audit-structure = Structural check
audit-structure-ok = ✔ Every id is unique, every link points at something that exists, every number is in range.
audit-problem = Problem
audit-holds = What the plan holds
audit-part = Part
audit-count = Count
audit-people-teams = People / teams
audit-priorities = Strategic priorities
audit-x-items = X-matrix items (B / A / I / M) and marks
audit-x-counts = { $b } / { $a } / { $i } / { $m }, { $marks } marks
audit-bsc = Scorecard objectives / measures
audit-okrs = OKR objectives / key results
audit-dependencies = Dependencies

## Key result settings

krs-zone-fail = fail
krs-zone-commit = commit
krs-zone-target = target
krs-zone-stretch = stretch
krs-kind-metric = a number (metric)
krs-kind-milestone = done or not (milestone)
krs-kind-ordinal = named levels (ordinal)
krs-settings = ⚙ Settings ▸
krs-measured-as = Measured as
krs-measured-as-n = { $label } measured as { $kind }
krs-milestone-note = A milestone scores 1.0 when done, else 0.
krs-more = More settings of { $label }
krs-more-hint = Weight { $weight }, and how it is measured
krs-stretch-note = With a stretch value, the target scores 0.7 and the stretch 1.0; a commit value scores 0.3.
krs-commit = Commit
krs-stretch = Stretch
krs-due = Due
krs-levels-note = Levels, lowest first, each with the score reaching it gives
krs-level-of = { $label } level { $n }
krs-level-score = score
krs-level-meaning = meaning
krs-meaning-hint = what it means
krs-add-level = ➕ Level
krs-add-level-of = Add a level to { $label }
krs-level-default = level { $n }

## Scorecard measures and their readings

bsm-higher = higher is better
bsm-lower = lower is better
bsm-weekly = weekly
bsm-monthly = monthly
bsm-quarterly = quarterly
bsm-yearly = yearly
bsm-measures = Measures
bsm-add = ➕ Measure
bsm-add-hint = Add a measure
bsm-new = New measure
bsm-none = No measures yet — an objective without a measure cannot be scored.
bsm-col-measure = Measure
bsm-col-unit = Unit
bsm-col-baseline = Baseline
bsm-col-target = Target
bsm-col-current = Current
bsm-col-progress = Progress
bsm-col-trend = Trend
bsm-unknown = unknown
bsm-unknown-hint = No baseline: progress cannot be measured until the target is met. Click to set one.
bsm-record = Record…
bsm-record-of = Record a value for { $label }
bsm-history = 📈 History
bsm-history-of = History of { $label }
bsm-history-hint = Every recorded value, with a chart
bsm-updated = updated { $interval }
bsm-baseline-unknown = Baseline unknown
bsm-baseline-unknown-hint = Nobody knows where it started: say so rather than invent a number
bsm-min = Min
bsm-max = Max
bsm-actions-of = Actions for { $label }
bsm-actions-hint = Weight { $weight }, { $direction }, updated { $interval }
bsm-no-target = no target
bsm-no-baseline = no baseline
bsm-latest = Latest readings:
    { $readings }
bsm-reading = { $date }: { $value }
bsr-title = Record a value for “{ $name }”
bsr-now = Now { $value } { $unit }; the old value stays in the history.
bsr-value = Value
bsr-new-value = New value
bsr-date = Date
bsr-reading-date = Reading date
bsr-record = Record
bsr-target = target
bsr-target-from = target from
bsr-target-to = target to
bsr-baseline = baseline
bsr-history-title = History of “{ $name }”
bsr-empty = No values recorded yet. Use “Record…” to add the first one.
bsr-change = Change
hist-days-since = days since { $date }
hist-date = Date
hist-value = Value
hist-confidence = Confidence
hist-who = Who
hist-comment = Comment
hist-score = score
hist-confidence-series = confidence ÷ 10
hist-sweet-spot = sweet spot
hist-checkins-title = Check-ins of “{ $name }”
hist-checkins-empty = No check-ins yet. Use “Check in…” to record the first one.
table-empty = Nothing here yet.

## Dependencies between teams

dep-no-team = No team
dep-depends-on = { $team } depends on
dep-agreed-by = Agreed by { $team }
dep-not-agreed = ⚠ not agreed by both
dep-delete = Delete dependency { $n }
dep-choose = choose…
dep-new = New dependency:
dep-what = Dependency: what depends
dep-needs = needs
dep-on = Dependency: on what
dep-add = Add dependency
ci-level-n = Level { $name }

## Scorecard targets, perspectives, strategy map and the Scoring window

tgt-set = Set
tgt-set-hint = Set a target value
tgt-none = no target
tgt-value = one value
tgt-range = a range: anything between is met
tgt-shape = Target: { $shape }
tgt-shape-of = { $name }: { $shape }
persp-title = Perspectives
persp-intro = Top to bottom as the strategy map draws them: results on top, the capabilities that drive them below.
persp-used = { $count ->
    [one] 1 objective
   *[other] { $count } objectives
}
persp-add = ➕ Add perspective
map-box = Map: { $name }
map-box-hint = { $name }
    { $explain }
    Drag to another objective to say “this drives that”. Right-click for links.
map-drives = “{ $name }” drives:
sc-title = Scoring
sc-intro = Scores are compared as shown, rounded to two decimals: 0.895 shows as 0.90 and is in the 0.90 band.
sc-scorecard = Scorecard
sc-okrs = OKRs
sc-red-below = Red below
sc-amber-below = · amber below
sc-green-from = · green from there
sc-amber-from-of = { $part }: amber from
sc-green-from-of = { $part }: green from
sc-preset-of = { $part }: { $preset }
sc-preset-default = Red < 0.4 ≤ amber < 0.7 ≤ green (default)
sc-preset-okr = OKR convention: red < 0.3 ≤ amber < 0.7 ≤ green
sc-preset-strict = Strict: amber from 0.9, green from 1.0
sc-pass-mark = Pass mark
sc-totals-reach = The totals should reach
sc-use-pass-mark = Use a pass mark
sc-points = = { $points } of 100 points
sc-confidence = Check-in confidence
sc-one-to-ten = 1 to 10
sc-zero-to-ten = 0 to 10
sc-confidence-from = Confidence from { $scale }

## The window: palette, help, notices

ctx-global = Everywhere
ctx-room = Presenting (F5)
ctx-xmatrix = On the X-matrix
ctx-round = In the check-in round
ctx-priorities = On the Priorities panel
help-shortcuts = Keyboard shortcuts
help-next-field = Next / previous field
help-tab = Tab / Shift+Tab
palette-timer = Start a { $minutes }-minute timer
palette-title = Command palette
palette-hint = Type to find a command, e.g. “export pdf” or “timer 10”
palette-find = Find a command
palette-none = No command matches.
read-only-advice = Use Save As… to work on a copy.
notice-upgraded = { $file } is in format { $old }, from an older Catchball. Saving writes format { $new } (older versions cannot open that); the file as it was is kept as { $kept }.
notice-changed-on-disk = { $name } was changed on disk by someone else. Your changes are kept here; saving will ask before writing over theirs.
notice-not-a-plan = { $file } is not a plan file; drop a .plan.ron file to open it.
recovered-plan = Recovered plan
dlg-open = Open plan
dlg-save-as = Save plan as
dlg-filter = Catchball plan
dlg-export = Export as { $format }
choice-team = Team: { $name }
cb-no-team = No team

## The command line: fmt, export, score, demo, diff and merge

cli-update-to-rewrite = { $why } Update Catchball to rewrite it.
cli-not-rewriting = Not rewriting: { $why }
cli-already-canonical = { $file } is already canonical.
cli-rewritten = { $file } rewritten in canonical form (previous version kept as { $kept }).
cli-rewritten-upgraded = { $file } rewritten in format { $new } (upgraded from format { $old }) (previous version kept as { $kept }).
cli-wrote = Wrote { $files }.
cli-score-kind = KIND
cli-score-id = ID
cli-score-progress = PROGRESS
cli-score-status = STATUS
cli-score-name = NAME
cli-score-none = none
cli-diff-arguments = catchball diff compares two plan files (or takes git's seven external-diff arguments); got { $count }.
cli-cannot-compare = Could not compare the plans: { $error }
cli-git-plan = Catchball plan { $path }:
cli-different-plans = These are two different plans (their plan ids differ).
cli-changes = { $count ->
    [0] No differences.
    [one] 1 change.
   *[other] { $count } changes.
}
cli-newer-format = { $file } was written by a newer Catchball; merging it into this version's format could lose what it holds. Update Catchball, then merge.
cli-not-copies = { $ours } and { $theirs } are not copies of the same plan (their plan ids differ). To combine them anyway, every difference a question, add --different-plans.
cli-cannot-merge = Could not merge: { $error }
cli-conflict = Conflict: { $title }
    {"  "}ours:   { $ours }
    {"  "}theirs: { $theirs }
cli-conflicts-nothing-written = { $count ->
    [one] 1 conflict; nothing written. Decide it in Catchball (File ▸ Merge…) or add --take ours or --take theirs.
   *[other] { $count } conflicts; nothing written. Decide them in Catchball (File ▸ Merge…) or add --take ours or --take theirs.
}
cli-merged = { $side ->
    [ours] Merged into { $output }: { $count } change(s) from { $theirs }, { $conflicts } conflict(s) decided for ours.
    [theirs] Merged into { $output }: { $count } change(s) from { $theirs }, { $conflicts } conflict(s) decided for theirs.
   *[none] Merged into { $output }: { $count } change(s) from { $theirs }.
}

## Compare and merge: changes in words

field-about = about
field-agreed-by-from = agreed by from
field-agreed-by-on = agreed by on
field-amber-from = amber from
field-annuals = annuals
field-answers = answers
field-assignments = assignments
field-ballots = ballots
field-baseline = baseline
field-breakthroughs = breakthroughs
field-budget = budget
field-by-year = by year
field-cause = cause
field-check-ins = check ins
field-comment = comment
field-confidence = confidence
field-confidence-rounds = confidence rounds
field-corner = corner
field-correlations = correlations
field-current = current
field-current-period = current period
field-date = date
field-decisions = decisions
field-dependencies = dependencies
field-description = description
field-direction = direction
field-dots = dots
field-dots-per-person = dots per person
field-due = due
field-effect = effect
field-end = end
field-facilitator = facilitator
field-final-score = final score
field-from = from
field-green-from = green from
field-history = history
field-horizon = horizon
field-improvements = improvements
field-initiatives = initiatives
field-interval = interval
field-item = item
field-items = items
field-key-results = key results
field-kind = kind
field-lineage = lineage
field-links = links
field-max = max
field-measures = measures
field-median = median
field-metric = metric
field-metrics = metrics
field-min = min
field-mutes = mutes
field-name = name
field-note = note
field-objectives = objectives
field-okrs = OKRs
field-on = on
field-one-per-item = one per item
field-organisation = organisation
field-owner = owner
field-parent = parent
field-parking-lot = parking lot
field-participant = participant
field-pass-mark = pass mark
field-people = people
field-period = period
field-periods = periods
field-person = person
field-perspective = perspective
field-perspectives = perspectives
field-plan-id = plan id
field-priorities = priorities
field-priority = priority
field-proposals = proposals
field-question = question
field-rationale = rationale
field-reason = reason
field-revealed = revealed
field-revision = revision
field-role = role
field-rubric = rubric
field-rule = rule
field-saved-at = saved at
field-saved-by = saved by
field-score = score
field-scorecard = scorecard
field-scoring = scoring
field-settings = settings
field-start = start
field-state = state
field-statement = statement
field-status = status
field-status-note = status note
field-strength = strength
field-target = target
field-target-year = target year
field-targets = targets
field-team = team
field-teams = teams
field-text = text
field-title = title
field-to = to
field-unit = unit
field-value = value
field-vision = vision
field-vocabulary = vocabulary
field-votes = votes
field-week = week
field-weight = weight
field-who = who
field-why = why
field-workshop = workshop
field-xmatrix = X-matrix
field-zones = zones
kind-person = Person
kind-team = Team
kind-vision-target = Vision target
kind-strategic-priority = Strategic priority
kind-breakthrough-objective = Breakthrough objective
kind-annual-objective = Annual objective
kind-improvement-priority = Improvement priority
kind-metric = Metric
kind-scorecard-perspective = Scorecard perspective
kind-scorecard-objective = Scorecard objective
kind-measure = Measure
kind-initiative = Initiative
kind-okr-objective = OKR objective
kind-key-result = Key result
kind-dependency = Dependency
kind-decision = Decision
kind-parking-lot-note = Parking-lot note
kind-proposal = Proposal
kind-dot-vote = Dot vote
kind-confidence-round = Confidence round
variant-strong = strong
variant-medium = medium
variant-weak = weak
variant-linked = linked
variant-lead = lead
variant-core = core
variant-consulted = consulted
variant-not-started = not started
variant-on-track = on track
variant-at-risk = at risk
variant-late = late
variant-done = done
variant-draft = draft
variant-proposed = proposed
variant-agreed = agreed
variant-revised = revised
variant-rejected = rejected
variant-open = open
variant-achieved = achieved
variant-partly = partly
variant-dropped = dropped
variant-carried-over = carried over
variant-bottom-left = bottom left
variant-top-left = top left
variant-top-right = top right
variant-bottom-right = bottom right
variant-higher-is-better = higher is better
variant-lower-is-better = lower is better
variant-weekly = weekly
variant-monthly = monthly
variant-quarterly = quarterly
variant-yearly = yearly
variant-classic = classic
variant-taste = taste
variant-one-to-ten = one to ten
variant-zero-to-ten = zero to ten
variant-value = value
variant-range = range
variant-metric = metric
variant-milestone = milestone
variant-ordinal = ordinal
diff-quoted = “{ $text }”
diff-none = (none)
diff-yes = yes
diff-no = no
diff-empty = (empty)
diff-entity = { $kind } { $name }
diff-entity-id = { $kind } #{ $id }
diff-plan = Plan
diff-mark = mark { $a } × { $b }
diff-role-of = role of { $person } on { $item }
diff-cause-effect = cause → effect { $cause } → { $effect }
diff-muted = muted finding { $rule }
diff-ballot = ballot of { $who }
diff-answer = answer of { $who }
diff-check-in = check-in of { $date }
diff-step = step { $status } of { $date }
diff-reading = reading of { $date }
diff-period = period { $name }
diff-zone = zone { $name }
diff-level = rubric { $name }
diff-added = { $what } added
diff-added-in = { $what } added in { $parent }
diff-removed = { $what } removed
diff-removed-in = { $what } removed in { $parent }
diff-value-added = { $head }:{ $fields } added ({ $value })
diff-value-removed = { $head }:{ $fields } removed
diff-changed = { $head }:{ $fields } { $old } → { $new }
diff-reordered = { $head }:{ $fields } reordered
diff-both-reordered = { $head }: both copies changed the order
diff-removed-but-used = { $what }: removed on one side, still used on the other
diff-removed-but-changed = { $what }: removed on one side, changed on the other
diff-head-fields = { $head }: { $fields }
diff-side-removed = removed
diff-side-kept = kept
diff-side-kept-changed = kept, changed
diff-revision = revision { $n }
diff-revision-by = revision { $n } by { $who }
diff-revision-on = revision { $n } on { $when }
diff-revision-by-on = revision { $n } by { $who } on { $when }
diff-second-newer = Copies of one plan; the second is newer ({ $a } → { $b }).
diff-first-newer = Copies of one plan; the first is newer ({ $a } → { $b }).
diff-same-revision = Copies of one plan, both at { $a }.

## Errors: files, exports, edits, ballots

word-a-folder = a folder
word-a-named-pipe = a named pipe
word-a-socket = a socket
word-a-device = a device
word-not-a-regular-file = not a regular file
word-creating-a-temporary-file = creating a temporary file
word-writing = writing
word-keeping-the-file-s-permissions = keeping the file's permissions
word-flushing-to-disk = flushing to disk
word-replacing-the-file = replacing the file
word-creating-the-folder = creating the folder
word-png-picture = PNG picture
word-csv-table = CSV table
word-file = file
word-workbook = workbook
word-pdf-page = PDF page
word-pdf = PDF
word-priority = priority
word-thing = thing
word-things = things
word-item = item
word-items = items
word-dot-vote = dot vote
word-confidence-round = confidence round
word-scorecard-objective = scorecard objective
word-okr-objective-or-key-result = OKR objective or key result
word-item-to-mute-a-finding-on = item to mute a finding on
err-io = Cannot read { $file }: { $source }. Check that the file exists and that you may read it.
err-not-a-file = { $file } is { $kind }, not a plan file. Open a .plan.ron file.
err-empty = { $file } is empty, so it holds no plan. Open another file, or start a new plan.
err-too-large = { $file } is { $size } bytes, more than the { $limit } bytes a plan file may have; it is probably not a plan.
err-not-utf8 = { $place }: the file is not UTF-8 text (byte 0x{ $byte }). Save it as UTF-8 and open it again.
err-syntax = { $place }: { $message }. Correct the file there, or open its backup.
err-text = { $place }: { $message }
err-too-deep = { $place }: the data nests more than { $limit } levels deep, which no plan does; the file is damaged or not a plan.
err-not-a-plan = { $file } is not a Catchball plan: it has no format_version (or format_version 0) at its top. Open a .plan.ron file saved by Catchball.
err-newer = { $file } was written by a newer Catchball (format { $found }; this one reads up to { $current }) and holds data this version does not know ({ $detail }). Update Catchball to open it.
err-invalid = { $place } has { $count } problem(s): { $problems }
err-and-more = and { $count } more
err-save-io = Cannot save { $file }: { $step } failed ({ $source }). The file on disk is unchanged; check the folder's free space and permissions, or save to another place.
err-save-not-a-file = Cannot save over { $file }: it is { $kind }, not a file. Save to another place.
err-save-serialize = Cannot save { $file }: the plan could not be written as RON ({ $message }).
err-export-exists = { $file } already exists. Choose another name, or replace it (on the command line: --force).
err-export-plan = Not writing over { $file }: it is the plan itself, and exports never touch the plan file. Choose another name.
err-export-write = Cannot write { $file }: { $step } failed ({ $source }). Nothing was left half-written; check the folder's free space and permissions, or choose another place.
err-export-render = Cannot make the { $what }: { $message }. This is a bug in Catchball; the plan is unchanged.
err-export-width = A PNG can be 16 to { $max } pixels wide, not { $width }.
err-export-not-a-file = Not writing over { $file }: it is { $kind }, not a file. Choose another name.
err-edit-not-found = The { $what } with id { $id } no longer exists.
err-edit-range = Position { $index } is outside the list of { $len } { $what }.
err-edit-duplicate = The id { $id } is already used in this plan.
err-edit-linked = Id { $id } is still linked from elsewhere in the plan; unlink it first.
word-an-objective-cannot-be-its-own-cause- = An objective cannot be its own cause.
word-the-pass-mark-must-be-between-0-and-1- = The pass mark must be between 0 and 1.
word-a-perspective-needs-a-name- = A perspective needs a name.
err-vote-not-priorities = The vote “{ $question }” is not only about priorities (id { $id } is something else): only a vote on the priorities can reorder them.
err-perspective-holds = The perspective “{ $perspective }” still holds { $count } objective(s), “{ $name }” among them; move them to another perspective first.
ballot-no-participant = Type who is voting first.
ballot-not-a-number = “{ $text }” is not an item number; use the numbers 1 to { $max } in front of the items.
ballot-no-such-item = There is no item { $n }; the items are numbered 1 to { $max }.
ballot-over-budget = { $dots } dots, but each participant has { $budget }.
ballot-twice = At most one dot per item in this vote; item { $n } got more.

## Errors: more words

word-thresholds-must-satisfy-0---amber---green---1- = Thresholds must satisfy 0 ≤ amber ≤ green ≤ 1.
word-key-result = key result
word-measure = measure
word-nobody-has-answered-yet--there-is-no-confidence-to-record- = Nobody has answered yet: there is no confidence to record.
word-the-round-is-not-about-any-key-result-that-is-still-there- = The round is not about any key result that is still there.
word-x-matrix-item = X-matrix item
word-arm-for-plain-items = arm for plain items
word-improvement-priority = improvement priority
word-person = person
word-person-in-the-x-matrix = person in the X-matrix

## Structural problems of a plan

val-dup-id = Id { $id } is used twice: by the { $kind } “{ $name }” and by the { $other_kind } “{ $other_name }”. Give one of them a new id.
val-id-zero = The { $kind } “{ $name }” has id 0; ids start at 1.
val-subject = The { $kind } “{ $name }” (id { $id })
val-subject-plan = The plan
val-dangling = { $subject } links its { $field } to id { $id }, which does not exist.
val-wrong-kind = { $subject } links its { $field } to the { $kind } “{ $name }” (id { $id }), which is not a { $expected }.
val-two-marks = The X-matrix has two marks between ids { $a } and { $b }; keep one.
val-two-roles = Person { $person } has two roles in improvement priority { $item }; keep one.
val-two-columns = Person { $person } has two columns in the X-matrix; keep one.

## Audit rules by their short names

rule-vision-too-abstract = a vision without a number or a year
rule-vision-missing = a missing vision
rule-why-vision = a vision without a why
rule-goals-too-many-priorities = too many strategic priorities
rule-ownership-priority = priorities without an owner
rule-measurable-priority-without-metric = priorities nothing measures
rule-why-priority = priorities without a why
rule-goals-too-many-objectives = too many objectives per team
rule-goals-too-many-krs = objectives with more than 5 key results
rule-measurable-too-few-krs = objectives with fewer than 3 key results
rule-ownership-objective = objectives without an owner
rule-why-objective = objectives without a why
rule-alignment-orphan-objective = objectives not linked to a priority
rule-ownership-key-result = key results without an owner
rule-outcome-activity = key results that are activities
rule-progress-moving-away = key results moving away from their target
rule-progress-silent-low-confidence = low confidence without a comment
rule-progress-milestone-overdue = overdue milestones
rule-dependency-unagreed = dependencies not agreed by both teams
rule-xmatrix-empty-arm = an empty X-matrix arm
rule-xmatrix-breakthrough-without-annual = breakthrough objectives without an annual objective
rule-xmatrix-annual-without-breakthrough = annual objectives without a breakthrough objective
rule-xmatrix-priority-without-annual = improvement priorities without an annual objective
rule-xmatrix-metric-without-priority = metrics without an improvement priority
rule-xmatrix-priority-without-lead = improvement priorities without a lead
rule-xmatrix-priority-several-leads = improvement priorities with several leads
rule-xmatrix-person-overloaded = overloaded people
rule-scorecard-empty-perspective = empty perspectives
rule-scorecard-too-many-objectives = too many objectives per perspective
rule-scorecard-metric-overload = too many measures
rule-scorecard-objective-without-measures = scorecard objectives without measures
rule-scorecard-objective-without-owner = scorecard objectives without an owner
rule-scorecard-measure-without-target = measures without a target
rule-scorecard-objective-without-link = scorecard objectives without a cause→effect link

## How a score came about (hover on a score)

ex-no-check-in = No check-in yet (no data, not zero).
ex-bands = Now { $current }. Bands: { $commit }start { $start } = 0.00, target { $target } = 0.70, stretch { $stretch } = 1.00; linear between them: { $score }.
ex-commit = commit { $commit } = 0.30, 
ex-target-equals-start = Target equals start ({ $target }): now { $current } gives { $score }.
ex-formula = { $note ->
    [away] ({ $current } − { $start }) / ({ $target } − { $start }) = { $score }, moving away from the target (counted as 0.00)
    [beyond] ({ $current } − { $start }) / ({ $target } − { $start }) = { $score }, beyond the target (counted as 1.00)
   *[none] ({ $current } − { $start }) / ({ $target } − { $start }) = { $score }
}
ex-milestone-done = Milestone done: 1.00.
ex-milestone-not-done = Milestone not done yet: 0.00.
ex-at-level = At the level “{ $level }”: { $score }.
ex-no-level = No level checked in yet (no data, not zero).
ex-final = { $score } (final, { $state })
ex-final-given = Final score { $score } given when the period closed ({ $state }); its key results computed { $computed }.
ex-term = { $weight } × { $score } ({ $name })
ex-krs-left-out = { $count ->
    [one] {" "}1 key result without a check-in is left out.
   *[other] {" "}{ $count } key results without a check-in are left out.
}
ex-weighted-mean = Weighted mean: ({ $terms }) / { $total } = { $score }.{ $left_out }
ex-no-krs = No key results yet.
ex-no-kr-score = No key result has a score yet.{ $left_out }
ex-no-target = No target set, so progress cannot be measured.
ex-no-current = No current value recorded yet (no data, not zero).
ex-no-baseline-not-met = No baseline, and { $current } has not reached the target { $target } yet: how far along it is cannot be measured.
ex-in-range = { $current } is inside the target range { $lo }–{ $hi }: met (1.00).
ex-no-baseline-met = No baseline, but { $current } meets the target { $target }: 1.00.
ex-target-equals-baseline-met = Target equals baseline ({ $baseline }): { $current } meets it, so { $score }.
ex-target-equals-baseline-not-met = Target equals baseline ({ $baseline }): { $current } does not meet it, so { $score }.
ex-progress = { $note ->
    [away] ({ $current } − { $baseline }) / ({ $aim } − { $baseline }) = { $score }, moving away from the target; the colour counts it as 0.00
    [beyond] ({ $current } − { $baseline }) / ({ $aim } − { $baseline }) = { $score }, beyond the target; the colour counts it as 1.00
   *[none] ({ $current } − { $baseline }) / ({ $aim } − { $baseline }) = { $score }
}
ex-measures-left-out = { $count ->
    [one] {" "}1 measure without data, target or baseline is left out.
   *[other] {" "}{ $count } measures without data, target or baseline are left out.
}
ex-no-measures = No measures yet.
ex-no-measure-score = No measure has a score yet.{ $left_out }
ex-range = { $lo }–{ $hi }

## Where a key result stands

kr-st-metric = { $start } → { $target }{ $unit }, now { $current }{ $bands }{ $due }
kr-st-bands-both = {" "}(commit { $commit }, stretch { $stretch })
kr-st-bands-stretch = {" "}(stretch { $stretch })
kr-st-due = , due { $due }
kr-st-done = ✓ done
kr-st-not-done = not done yet
kr-st-milestone-due = { $state }, due { $due }
kr-st-no-level = no level yet
kr-st-at = at “{ $level }”

## Values a plan cannot hold

vp-not-finite = { $what } (id { $id }) has a number that is not finite.
vp-thresholds-scorecard = The scorecard thresholds must satisfy 0 ≤ amber ({ $amber }) ≤ green ({ $green }) ≤ 1.
vp-thresholds-okr = The OKR thresholds must satisfy 0 ≤ amber ({ $amber }) ≤ green ({ $green }) ≤ 1.
vp-negative-weight = { $what } (id { $id }) has a negative weight ({ $weight }); weights are 0 or more.
vp-range = { $what } (id { $id }) has a range from { $lo } to { $hi }; the first must not be above the second.
vp-min-max = { $what } (id { $id }) has a minimum ({ $lo }) above its maximum ({ $hi }).
vp-pass-mark = The pass mark must be between 0 and 1.
vp-vision-target = The vision target “{ $name }”
vp-metric = The metric “{ $name }”
vp-measure = The measure “{ $name }”
vp-initiative = The initiative “{ $name }”
vp-key-result = The key result “{ $name }”
vp-unnamed-level = { $what } (id { $id }) has a level with no name; give every level a name.
vp-outside = { $what } (id { $id }) has the value { $value } outside its range { $lo }–{ $hi }.
vp-final-score = The objective “{ $name }” (id { $id }) has a final score outside 0–1.
vp-missing-level = { $what } (id { $id }) stands at a level it does not have.
vp-check-in-confidence = { $what } (id { $id }) has a check-in on { $date } with confidence { $confidence }; this plan's scale is { $low } to { $high }.
vp-period-unnamed = A period has no name; give every period a name.
vp-period-twice = The period “{ $name }” is there twice; period names must differ.
vp-period-order = The period “{ $name }” ends ({ $end }) before it starts ({ $start }).
vp-vote = The vote “{ $question }” (id { $id })
vp-vote-over = { $what }: { $who } gave { $given } dots; each participant has { $budget }.
vp-vote-foreign = { $what }: { $who } put a dot on an item that is not part of the vote.
vp-vote-twice = { $what }: { $who } put more than one dot on an item; this vote allows one per item.
vp-round-scale = The confidence round “{ $question }” (id { $id }): { $who } answered { $value }; this plan's scale is { $low } to { $high }.
vp-team-cycle = The team “{ $name }” (id { $id }) would contain itself through its parent teams; give it another parent.

## Texts a plan may not hold

word-plan-title = plan title
word-organisation = organisation
word-facilitator = facilitator
word-horizon = horizon
word-current-period = current period
word-dependency-note = dependency note
word-decision = decision
word-parking-lot-note = parking-lot note
word-vision-statement = vision statement
word-vision-s-why = vision's why
word-role = role
word-priority-s-why = priority's why
word-priority-s-horizon = priority's horizon
word-x-matrix-note = X-matrix note
word-mark-s-why = mark's why
word-scorecard-objective-s-why = scorecard objective's why
word-unit = unit
word-okr-objective-s-why = OKR objective's why
word-period = period
word-check-in-comment = check-in comment
word-reason-for-a-mute = reason for a mute
tx-name-of = name of the { $kind }
tx-control = the { $what } { $text } holds a control character (U+{ $code }). Remove it there.
tx-line-break = the { $what } { $text } holds a line break; it must be one line (U+{ $code }). Remove it there.
tx-too-long = the { $what } { $text } is { $length } characters long; at most { $max } are kept. Shorten it there.
round-no-participant = Type who is answering first.
round-off-scale = { $value } is off this plan's scale of { $low } to { $high }.

## The command line's help (--help)

clap-about = Facilitated strategy workshops: vision, priorities, X-matrix, scorecard and OKRs in one plan file.
clap-lang = The language to speak (en, de); without it, the system's (LANG), else English.
clap-file = A .plan.ron file to open; without it, the last file (or the sample on first start).
clap-check = Validate a plan file. Exit 0 = clean, 1 = findings, 2 = unreadable.
clap-check-file = The plan file (.plan.ron).
clap-json = Print the result as JSON on stdout.
clap-as-of = Judge what is overdue as of this day (YYYY-MM-DD) instead of today.
clap-score = Every scored item (measures, scorecard objectives and perspectives, key results, OKR objectives, teams) with its number and status. Exit 0, or 2 when the file does not load.
clap-score-json = Print a JSON array of { "{" }id, name, kind, progress, status{ "}" } on stdout.
clap-fmt = Rewrite a plan file in canonical form through the same atomic save the app uses.
clap-export = Export a plan for colleagues without Catchball; never changes the plan.
clap-export-long = Export a plan for colleagues without Catchball; never changes the plan.
    
    A web page (html), a PDF with the X-matrix on A3, an Excel workbook (xlsx), CSV tables, a Markdown summary, or a picture of the X-matrix or the strategy map (svg, png).
clap-export-format = What to make.
clap-export-output = Where to write it (default: beside the plan, named after it). For CSV, a folder gets one file per table and a .csv file gets the key results.
clap-export-force = Replace the output if it exists.
clap-export-view = Which drawing an SVG or PNG shows.
clap-export-width = Width of a PNG in pixels.
clap-diff = Name the changes between two copies of a plan. Exit 0 = same, 1 = different, 2 = error.
clap-diff-long = Name the changes between two copies of a plan. Exit 0 = same, 1 = different, 2 = error.
    
    Also git's external diff: `git config diff.catchball.command "catchball diff"`.
clap-diff-files = The older and the newer plan (or git's seven external-diff arguments).
clap-diff-json = Print the changes as JSON on stdout.
clap-merge = Merge two copies of a plan by ids. Exit 0 = merged, 1 = conflicts (nothing written unless --take decides them), 2 = an input cannot be read.
clap-merge-long = Merge two copies of a plan by ids. Exit 0 = merged, 1 = conflicts (nothing written unless --take decides them), 2 = an input cannot be read.
    
    Also git's merge driver: `git config merge.catchball.driver "catchball merge %O %A %B -o %A"`.
clap-merge-base = The version both copies started from (an empty file: none).
clap-merge-ours = Our copy.
clap-merge-theirs = Their copy.
clap-merge-output = Where to write the merged plan.
clap-merge-take = Decide every conflict for one side.
clap-merge-different = Merge copies of different plans (different plan ids): every difference is a conflict.
clap-demo = Write a sample plan (small: the bundled workshop; large: a big organisation's plan; huge: four times large).
clap-demo-size = How big a plan.
clap-demo-output = Where to write it.

## The window cannot open

app-no-window = Catchball could not open its window: { $error }

## Pictures and their words

fig-title = { $plan } — { $what }
fig-xmatrix = X-matrix
fig-map = Strategy map
fig-xmatrix-of = X-matrix of { $plan }
fig-map-of = Strategy map of { $plan }
fig-lint-note = ⚠ marks an item the alignment audit has a finding about (see the audit).
fig-no-objectives = No scorecard objectives yet.
fig-cell-mark = { $row } × { $col }: { $state }
md-figure-xmatrix = The X-matrix is a drawing: see the PDF or HTML export, or export it as a picture (SVG or PNG).
md-figure-map = The strategy map is a drawing: see the PDF or HTML export, or export it as a picture (SVG or PNG).

## Reports: the X-matrix notes

rep-marks = Marks: ● strong, ○ medium, △ weak. People: ● lead, ○ core team, △ consulted.
rep-marks-linked = Marks: ● strong, ○ medium, △ weak, ✓ linked, not rated. People: ● lead, ○ core team, △ consulted.
rep-xmatrix-first-page = The X-matrix is on the first page (A3).

## The command line's help: clap's frame

clap-usage = Usage: { $usage }
clap-commands = Commands
clap-arguments = Arguments
clap-options = Options
clap-help = Print help
clap-version = Print version

## The score bar of an OKR

okr-bar-hint = { $name }: { $explain }
    Red below { $amber }, amber below { $green }, green from there; the line marks 0.7, the stretch sweet spot.

## About

about-title = About Catchball
about-version = Catchball { $version }
about-what = Facilitated strategy workshops: from vision to execution, in one plan file.
about-offline = Plan files are plain RON text; Catchball never uses the network.
about-licence = Licence: { $licence } (LICENSE-MIT, LICENSE-APACHE).
about-fonts = Fonts: DejaVu Sans and DejaVu Sans Bold, under the Bitstream Vera / DejaVu licence (LICENSE-DejaVu.txt); names in Chinese, Japanese or Korean use the system's Noto Sans CJK (SIL Open Font License).
about-settings = Settings and recent files: { $place }
about-recovery = Unsaved work (recovery) and versions kept for merging: { $place }
about-nowhere = not kept (no home folder)

## The command line

cli-summary = { $file }: valid plan “{ $title }” — { $people } people, { $priorities } priorities, X-matrix { $breakthroughs }×{ $annuals }×{ $improvements }×{ $metrics } with { $marks } marks, { $objectives } scorecard objectives, { $okrs } OKR objectives.
cli-findings = { $count ->
    [one] 1 finding.
   *[other] { $count } findings.
}
