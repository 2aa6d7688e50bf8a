# Catchball — Deutsch.

## Befehle: Menüs, Palette, Hilfe

cmd-New = Neu
cmd-Open = Öffnen…
cmd-Save = Speichern
cmd-SaveAs = Speichern unter…
cmd-SaveAsNewPlan = Als neuen Plan speichern…
cmd-CompareWith = Vergleichen mit…
cmd-MergeWith = Zusammenführen…
cmd-ExportHtml = Webseite (HTML)…
cmd-ExportPdf = PDF-Dokument…
cmd-ExportXlsx = Excel-Arbeitsmappe (XLSX)…
cmd-ExportCsv = CSV-Tabellen…
cmd-ExportMarkdown = Markdown-Zusammenfassung…
cmd-ExportXMatrixSvg = X-Matrix als Bild (SVG)…
cmd-ExportXMatrixPng = X-Matrix als Bild (PNG)…
cmd-ExportMapSvg = Strategielandkarte als Bild (SVG)…
cmd-ExportMapPng = Strategielandkarte als Bild (PNG)…
cmd-Quit = Beenden
cmd-Undo = Rückgängig
cmd-Redo = Wiederholen
cmd-Palette = Befehlspalette…
cmd-ZoomIn = Vergrößern
cmd-ZoomOut = Verkleinern
cmd-ZoomReset = Originalgröße
cmd-LightTheme = Helles Design
cmd-DarkTheme = Dunkles Design
cmd-HighContrastTheme = Design mit hohem Kontrast
cmd-Fullscreen = Vollbild
cmd-Present = Präsentieren
cmd-NextPanel = Nächster Bereich
cmd-PreviousPanel = Vorheriger Bereich
cmd-ShowVision = Vision
cmd-ShowPriorities = Prioritäten
cmd-ShowXMatrix = X-Matrix
cmd-ShowScorecard = Scorecard
cmd-ShowOkrs = OKRs
cmd-ShowAudit = Prüfung
cmd-ShowWorkshop = Workshop
cmd-StartTimer = Timer starten…
cmd-PauseTimer = Timer anhalten oder fortsetzen
cmd-AddMinute = Eine Minute zum Timer hinzufügen
cmd-StopTimer = Timer beenden
cmd-RecordDecision = Entscheidung festhalten…
cmd-ParkTopic = Thema parken…
cmd-SendToTeam = Vorschläge an ein Team senden…
cmd-ReadAnswer = Antwort eines Teams einlesen…
cmd-KeyboardShortcuts = Tastenkürzel
cmd-About = Über Catchball
cmd-RoomNext = Nächster Schritt
cmd-RoomBack = Vorheriger Schritt
cmd-RoomBlank = Bildschirm schwarz (erneut: wieder zeigen)
cmd-RoomLeave = Zurück zum Editor, an dieselbe Stelle
cmd-RoomTopLeft = X-Matrix: auf die Ecke oben links zoomen
cmd-RoomTopRight = X-Matrix: auf die Ecke oben rechts zoomen
cmd-RoomBottomLeft = X-Matrix: auf die Ecke unten links zoomen
cmd-RoomBottomRight = X-Matrix: auf die Ecke unten rechts zoomen
cmd-RoomWhole = X-Matrix: alles zeigen
cmd-RoomPreviousItem = X-Matrix: vorheriger Eintrag
cmd-RoomNextItem = X-Matrix: nächster Eintrag im Uhrzeigersinn
cmd-RoomTimer = Timer starten oder anhalten
cmd-RoomAddMinute = Eine Minute zum Timer hinzufügen
cmd-XmMoveLeft = Spalteneintrag nach links
cmd-XmMoveRight = Spalteneintrag nach rechts
cmd-XmMoveUp = Zeileneintrag nach oben
cmd-XmMoveDown = Zeileneintrag nach unten
cmd-XmLeft = Cursor nach links
cmd-XmRight = Cursor nach rechts
cmd-XmUp = Cursor nach oben
cmd-XmDown = Cursor nach unten
cmd-XmCycle = Markierung wechseln ● ○ △ (oder Eintrag wählen)
cmd-XmStrong = Starke Markierung ● (Leitung)
cmd-XmMedium = Mittlere Markierung ○ (Kernteam)
cmd-XmWeak = Schwache Markierung △ (beratend)
cmd-XmLinked = Verknüpft ✓ (noch nicht bewertet)
cmd-XmClear = Markierung entfernen
cmd-XmEdit = Eintrag bearbeiten, oder das Warum einer Markierung
cmd-XmDelete = Eintrag oder Markierung löschen
cmd-XmWalkPrevious = Zurück zum vorherigen Eintrag
cmd-XmWalkNext = Einträge im Uhrzeigersinn durchgehen und ihre Verknüpfungen hervorheben
cmd-XmClearHighlight = Hervorhebung aufheben
cmd-RoundRecord = Check-in festhalten und weiter
cmd-RoundSkip = Dieses Schlüsselergebnis überspringen
cmd-RoundBack = Zurück zum vorherigen Schlüsselergebnis
cmd-PriorityUp = Priorität nach oben
cmd-PriorityDown = Priorität nach unten

palette-export = Exportieren: { $command }
palette-in = { $place }: { $command }

## Menüs und Fensterrahmen

menu-file = Datei
menu-edit = Bearbeiten
menu-view = Ansicht
menu-workshop = Workshop
menu-help = Hilfe
menu-open-recent = Zuletzt geöffnet
menu-no-recent = Keine zuletzt geöffneten Dateien
menu-export = Exportieren
menu-language = Sprache
language-system = Systemsprache ({ $language })
undo-named = { $what } rückgängig machen
redo-named = { $what } wiederholen
status-read-only = Schreibgeschützt: hier wird nichts geändert. { $why }
status-saved = Gespeichert
status-unsaved = ● Ungespeicherte Änderungen
status-no-plan = Kein Plan geöffnet
status-zoom = Zoom { $percent } %
status-untitled = { $name } — noch nicht in einer Datei gespeichert
welcome-tagline = Von der Vision zur Umsetzung, in einer Plandatei.
welcome-new = Neuer Plan
welcome-open = Öffnen…
welcome-sample = Beispiel-Workshop öffnen
welcome-recent = Zuletzt geöffnet

## Bereiche

panel-vision = Vision
panel-priorities = Prioritäten
panel-xmatrix = X-Matrix
panel-scorecard = Scorecard
panel-okrs = OKRs
panel-audit = Prüfung
panel-workshop = Workshop

## Bereich Vision

vision-heading = Vision
vision-intro = Wo wir hinwollen — konkret und messbar — und warum es zählt.
vision-statement = Vision
vision-statement-hint = z. B. CO₂-Fußabdruck bis 2030 um 40 % senken und bis 2040 klimaneutral sein
vision-why = Warum
vision-why-hint = Warum das für Kundschaft, Mitarbeitende und das Geschäft zählt
vision-target-year = Zieljahr
vision-targets = Vision in Zahlen
vision-no-targets = Noch keine Zielwerte — ergänzen Sie die Zahlen, an denen man erkennt, dass die Vision erreicht ist.
vision-col-metric = Kennzahl
vision-col-value = Wert
vision-col-unit = Einheit
vision-col-year = Bis
vision-add-target = ➕ Zielwert hinzufügen
vision-target-metric = Zielwert { $n } Kennzahl
vision-target-value = Zielwert { $n } Wert
vision-target-unit = Zielwert { $n } Einheit
vision-target-year-n = Zielwert { $n } Jahr
vision-delete-target = Zielwert { $n } löschen
vision-delete-target-hint = Diesen Zielwert löschen (Strg+Z macht es rückgängig)
details-heading = Angaben zum Plan
details-title = Titel
details-title-hint = Strategie 2027
details-organisation = Organisation
details-organisation-hint = Für wen der Plan ist
details-facilitator = Moderation
details-facilitator-hint = Wer den Workshop leitet
details-horizon = Horizont
details-horizon-hint = z. B. 2026–2030
details-period = Aktueller Zeitraum
details-period-hint = z. B. 2027-Q1

## Personen und Teams (im Bereich Vision)

people-heading = Personen und Teams
people-intro = Alle, die etwas verantworten, leiten oder einchecken, und die Teams, zu denen OKRs gehören.
people-people = Personen
people-teams = Teams

## Bereich Prioritäten

priorities-heading = Strategische Prioritäten
priorities-intro = Worauf wir uns in den nächsten 12–18 Monaten konzentrieren. Jede hat eine verantwortliche Person und ein Warum.
priorities-none = Noch keine Prioritäten — „Priorität hinzufügen“ legt die erste an.
priorities-new = Neue Priorität { $n }
priorities-drag = Zum Umsortieren ziehen (oder Alt+↑ / Alt+↓)
priorities-name = Priorität { $n } Name
priorities-owner = Verantwortlich
priorities-owner-n = Priorität { $n } verantwortlich
priorities-horizon = Horizont
priorities-horizon-n = Priorität { $n } Horizont
priorities-why = Warum
priorities-why-n = Priorität { $n } Warum
priorities-why-hint = Warum diese Priorität, warum jetzt?

priorities-count-ok = { $count } — im empfohlenen Rahmen von 3 bis 5
priorities-count-warn = { $count } — empfohlen sind 3 bis 5; mehr verzettelt das Team
priorities-add = ➕ Priorität hinzufügen
priorities-horizon-hint = z. B. 2027
priorities-no-owner = ⚠ niemand verantwortlich
priorities-no-why = ⚠ kein Warum — Menschen setzen sich für das ein, was sie verstehen
vote-on-priorities = ➕ Über die Prioritäten abstimmen…
vote-on-annuals = ➕ Über die Jahresziele abstimmen…
vote-on-measures = ➕ Über die Scorecard-Kennzahlen abstimmen…
vote-on-parking-lot = ➕ Über den Themenspeicher abstimmen…

## Raumansichten (Präsentationsmodus): aus fünf Metern lesbar

room-hint = Bild ab / Bild auf: weiter / zurück · B: schwarz · Esc: zurück zum Editor
room-hint-xmatrix = Bild ab / Bild auf: weiter / zurück · 1–4: eine Ecke, 0: alles · W: nächster Eintrag · B: schwarz · Esc: Editor
room-vision = Vision · { $plan }
room-no-vision = Noch keine Vision formuliert.
room-by-year = bis { $year }
room-target-year = Zieljahr
room-target-value = { $value } { $unit }
room-target-by = { $metric } bis { $year }
room-why = Warum
room-priorities = Strategische Prioritäten · { $plan }
room-no-priorities = Noch keine strategischen Prioritäten.
room-priority-n = Priorität { $n }
room-priority-of = Priorität { $n } von { $count }
room-no-owner = Noch niemand verantwortlich
room-no-owner-horizon = Noch niemand verantwortlich · { $horizon }
room-owner = Verantwortlich: { $owner }
room-owner-horizon = Verantwortlich: { $owner } · { $horizon }
room-nothing-serves = Noch dient ihr kein OKR- oder Scorecard-Ziel.
room-what-serves = Was ihr dient
room-serves-okr = OKR · { $team } · { $name }
room-serves-objective = Scorecard · { $name }
room-audit = Ausrichtungsprüfung · { $plan }
room-no-findings = ✔ Keine Befunde: Der Plan vermeidet die klassischen Fallstricke.
room-findings = { $count ->
    [one] 1 Befund
   *[other] { $count } Befunde
}
room-vote = Punktabfrage · { $plan }
room-vote-hidden = Das Ergebnis bleibt verborgen, bis alle abgestimmt haben.
room-removed = (entfernt)
room-have-voted = { $count ->
    [one] 1 Person hat abgestimmt
   *[other] { $count } Personen haben abgestimmt
}
room-have-answered = { $count ->
    [one] 1 Person hat geantwortet
   *[other] { $count } Personen haben geantwortet
}
room-round = Vertrauensrunde · { $plan }
room-decisions = Entscheidungen und Themenspeicher · { $plan }
room-decided = Entschieden
room-nothing-decided = Noch nichts entschieden.
room-decision = ✔ { $text }
room-decision-dated = ✔ { $date }  { $text }
room-parked = Für später geparkt
room-nothing-parked = Nichts geparkt.
room-xmatrix = X-Matrix · { $place }
room-xmatrix-item = X-Matrix · { $place } · { $code }  { $name }
room-xmatrix-empty = Die X-Matrix ist leer.
room-scorecard = Balanced Scorecard · { $perspective }
room-scorecard-overall = Balanced Scorecard · { $plan } · gesamt { $score } — { $verdict }
room-no-bsc = Noch keine Scorecard-Ziele.
room-no-objectives = Keine Ziele
room-more =
    +{ $count } weitere
    im Editor
room-map = Strategielandkarte · { $plan }
room-okrs = OKRs · { $plan } · { $period } gesamt { $score } — { $verdict }
room-no-team = Ziele ohne Team
room-no-okrs = Noch keine OKRs.
room-serves = dient „{ $name }“
room-kr-metric = { $start } → { $target } { $unit } · jetzt { $current }
room-kr-done = ✓ erledigt
room-kr-no-level = noch keine Stufe
room-kr-at = bei „{ $level }“
room-kr-not-done = noch nicht erledigt
room-kr-due = fällig am { $date }
room-confidence = Zuversicht { $value }/10

## Bewertungen

score-line = { $score } · { $status }
score-no-data = keine Daten
status-red = rot
status-amber = gelb
status-green = grün

## Über

about-title = Über Catchball
about-version = Catchball { $version }
about-what = Moderierte Strategie-Workshops: von der Vision zur Umsetzung, in einer Plandatei.
about-offline = Plandateien sind reiner RON-Text; Catchball nutzt nie das Netzwerk.
about-licence = Lizenz: { $licence } (LICENSE-MIT, LICENSE-APACHE).
about-fonts = Schriften: DejaVu Sans und DejaVu Sans Bold unter der Bitstream-Vera-/DejaVu-Lizenz (LICENSE-DejaVu.txt); chinesische, japanische und koreanische Namen nutzen das Noto Sans CJK des Systems (SIL Open Font License).
about-settings = Einstellungen und zuletzt geöffnete Dateien: { $place }
about-recovery = Ungespeicherte Arbeit (Wiederherstellung) und Stände zum Zusammenführen: { $place }
about-nowhere = nicht gespeichert (kein Home-Ordner)

## Kommandozeile

cli-summary = { $file }: gültiger Plan „{ $title }“ — { $people } Personen, { $priorities } Prioritäten, X-Matrix { $breakthroughs }×{ $annuals }×{ $improvements }×{ $metrics } mit { $marks } Markierungen, { $objectives } Scorecard-Ziele, { $okrs } OKR-Ziele.
cli-findings = { $count ->
    [one] 1 Befund.
   *[other] { $count } Befunde.
}
