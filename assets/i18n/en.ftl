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
