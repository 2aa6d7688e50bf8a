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

## Fragen und Fehler (Dialogfenster)

btn-save = Speichern
btn-dont-save = Nicht speichern
btn-cancel = Abbrechen
btn-overwrite = Überschreiben
btn-open = Öffnen
btn-export = Exportieren
btn-replace = Ersetzen
btn-ok = OK
btn-merge-anyway = Trotzdem zusammenführen
btn-restore = Wiederherstellen
btn-discard = Verwerfen
btn-open-read-only = Schreibgeschützt öffnen
btn-open-anyway = Trotzdem öffnen
btn-start = Starten
btn-close = Schließen
prompt-unsaved = Änderungen speichern?
prompt-conflict = Die Datei wurde von jemand anderem geändert
prompt-restore = Ungespeicherte Änderungen wiederherstellen?
prompt-elsewhere = In einem anderen Fenster geöffnet
prompt-other-plan = { $file } ist eine Kopie eines anderen Plans
other-plan-detail = Ihre Plan-ID unterscheidet sich von der dieses Plans, daher ist kein gemeinsamer Ausgangsstand bekannt. Beim Zusammenführen wird jeder Unterschied zur Frage.
unsaved-before-new = Änderungen an „{ $name }“ speichern, bevor ein neuer Plan beginnt?
unsaved-before-open = Änderungen an „{ $name }“ speichern, bevor ein anderer Plan geöffnet wird?
unsaved-before-quit = Änderungen an „{ $name }“ vor dem Beenden speichern?
unsaved-detail = Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.
conflict-question = „{ $name }“ wurde seit dem Öffnen von jemand anderem geändert.
conflict-detail = Überschreiben Sie deren Änderungen mit Ihren, speichern Sie Ihre unter einem anderen Namen, oder brechen Sie ab und behalten beide, wie sie sind.
replace-question = „{ $name }“ ersetzen?
replace-detail = { $path } gibt es schon. Wird sie durch { $what } ersetzt, geht ihr Inhalt verloren.
restore-file = Catchball hat ungespeicherte Änderungen an „{ $file }“ aus einer Sitzung gefunden, die nicht normal endete.
restore-file-when = Catchball hat ungespeicherte Änderungen an „{ $file }“ aus einer Sitzung gefunden, die nicht normal endete (zuletzt gesichert { $when }).
restore-unsaved = Catchball hat ungespeicherte Änderungen an einem noch nicht gespeicherten Plan aus einer Sitzung gefunden, die nicht normal endete.
restore-unsaved-when = Catchball hat ungespeicherte Änderungen an einem noch nicht gespeicherten Plan aus einer Sitzung gefunden, die nicht normal endete (zuletzt gesichert { $when }).
restore-detail = Stellen Sie sie wieder her, um dort weiterzuarbeiten, wo Sie aufgehört haben, oder verwerfen Sie sie endgültig. Wird das Fenster geschlossen, bleiben sie für das nächste Mal erhalten.
restored = Ihre ungespeicherten Änderungen sind wiederhergestellt. Speichern Sie, um sie zu behalten.
restore-failed = Die ungespeicherten Änderungen konnten nicht wiederhergestellt werden
elsewhere-question = „{ $name }“ ist in einem anderen Catchball-Fenster geöffnet.
elsewhere-detail = Öffnen Sie sie hier schreibgeschützt, damit nur das andere Fenster sie ändert; oder öffnen Sie sie trotzdem — wer als Zweites speichert, wird gefragt, bevor die Änderungen des anderen überschrieben werden.
path-field = Dateipfad
path-open = Geben Sie den Pfad der Plandatei ein, die geöffnet werden soll.
path-save = Geben Sie ein, wo der Plan gespeichert werden soll (eine .plan.ron-Datei).
path-csv = Geben Sie einen Ordner für die Tabellen ein, oder eine .csv-Datei nur für die Schlüsselergebnisse.
path-export = Geben Sie ein, wohin exportiert werden soll.
path-other = Geben Sie den Pfad der anderen Plandatei ein.
path-team = Geben Sie ein, wohin die Plandatei für das Team geschrieben werden soll.
path-new-plan = Geben Sie ein, wo der neue Plan gespeichert werden soll.
path-title-open = Plan öffnen
path-title-save = Plan speichern unter
path-title-export = { $what } exportieren
path-title-compare = Vergleichen mit
path-title-merge = Eine Kopie zusammenführen
path-title-answer = Antwort eines Teams einlesen
path-title-team = Vorschläge an ein Team senden
path-title-new-plan = Als neuen Plan speichern
timer-title = Timer starten
timer-question = Wie viele Minuten ({ $min }–{ $max })? Der Timer läuft weiter, während Sie bearbeiten und präsentieren.
timer-minutes = Minuten
timer-whole-number = Geben Sie eine ganze Zahl von { $min } bis { $max } ein.

## Hinweise und Dateien

saved = { $path } gespeichert
save-failed = { $path } konnte nicht gespeichert werden
save-other-name = Wählen Sie einen anderen Namen als { $path }
save-read-only = { $name } ist hier schreibgeschützt und wird nie überschrieben, damit nichts darin verloren geht. Speichern Sie die Kopie unter einem anderen Namen.
file-copy-name = { $stem } (Kopie).plan.ron
new-plan-file-name = { $stem } (neuer Plan).plan.ron
exported = Exportiert nach { $path }
exported-files = Exportiert nach { $path } ({ $count } Dateien)
export-failed = { $what } konnte nicht exportiert werden
preferences-failed = Einstellungen konnten nicht gespeichert werden: { $error }
snapshot-failed = Die Wiederherstellungskopie konnte nicht geschrieben werden: { $error }
sample-name = Beispiel-Workshop
sample-failed = Das mitgelieferte Beispiel konnte nicht gelesen werden: { $error }
untitled-plan = Unbenannter Plan
read-only-notice = { $why } { $advice }
read-only-elsewhere = { $path } ist in einem anderen Catchball-Fenster geöffnet und daher hier schreibgeschützt.
open-failed = { $path } konnte nicht geöffnet werden
reloaded = { $name } neu geladen: Die Datei wurde auf der Festplatte geändert.
undo-failed = Rückgängig machen nicht möglich: { $error }
redo-failed = Wiederholen nicht möglich: { $error }
removed = { $what } — Strg+Z macht es rückgängig
removed-named = { $what } „{ $name }“ — Strg+Z macht es rückgängig

## Vergleichen und zusammenführen

failed-compare = Vergleich mit { $path } nicht möglich
failed-merge = { $path } konnte nicht zusammengeführt werden
failed-answer = Die Antwort in { $path } konnte nicht eingelesen werden
failed-team-file = Die Datei für das Team konnte nicht nach { $path } geschrieben werden
failed-write = { $path } konnte nicht geschrieben werden
merge-newer = Sie stammt aus einem neueren Catchball; beim Zusammenführen in das Format dieser Version könnte Inhalt verloren gehen. Aktualisieren Sie Catchball und führen Sie dann zusammen.
merge-read-only = Dieser Plan ist hier schreibgeschützt. Arbeiten Sie mit „Speichern unter…“ an einer Kopie und führen Sie dann zusammen.
merge-heading = { $file } zusammenführen
answer-heading = Die Antwort des Teams
answer-heading-of = Die Antwort von { $teams }
merge-base = Beide Kopien werden mit Revision { $revision } dieses Plans verglichen, dem wahrscheinlichen gemeinsamen Ausgangsstand: Was nur eine Seite geändert hat, wird übernommen.
merge-base-kept = Beide Kopien werden mit Revision { $revision } dieses Plans verglichen (gesichert { $kept }), dem wahrscheinlichen gemeinsamen Ausgangsstand: Was nur eine Seite geändert hat, wird übernommen.
merge-no-base = Hier ist kein gemeinsamer Ausgangsstand bekannt, daher wird jeder Unterschied zur Frage.
merge-nothing = Nichts zusammenzuführen: { $file } enthält nichts, was dieser Plan nicht hat.
merged = { $file } zusammengeführt: { $changes } Änderung(en) — Strg+Z macht es rückgängig.
merged-decided = { $file } zusammengeführt: { $changes } Änderung(en), { $decided } Konflikt(e) entschieden ({ $ours } mit unserer Fassung) — Strg+Z macht es rückgängig.
merge-taken-none = Nichts von der anderen Seite wird ohne Rückfrage übernommen.
merge-taken = Übernommene Änderungen der anderen Seite ({ $count }):
merge-conflicts = Zu entscheidende Konflikte ({ $count }, { $open } offen):
merge-all-ours = Überall unsere behalten
merge-all-theirs = Überall ihre übernehmen
merge-conflict-n = { $n }. { $title }
merge-keep-ours = Unsere behalten: { $value }
merge-take-theirs = Ihre übernehmen: { $value }
merge-apply = Zusammenführung anwenden
merge-decide-first = Entscheiden Sie zuerst noch { $count } Konflikt(e).
merge-decide-more = Noch { $count } Konflikt(e) entscheiden, dann anwenden.
compare-title = Verglichen mit { $file }
compare-none = Keine Unterschiede: Beide enthalten denselben Plan.
compare-count = { $count } Änderung(en) von diesem Plan zu { $file }:
compare-different-plans = Das sind Kopien verschiedener Pläne (ihre Plan-IDs unterscheiden sich).
team-none-open = Keine offenen Vorschläge zu senden: Schlagen Sie zuerst einem Team etwas vor (Bereich Workshop, Catchball).
team-which = Vorschläge an welches Team senden?
team-which-detail = Das Team erhält eine Plandatei mit seinen offenen Vorschlägen, um sie in Catchball zu beantworten.
team-open = { $team } ({ $count } offen)
team-file-name = { $stem } Vorschläge.plan.ron
team-file-own = Das ist die Datei dieses Plans. Wählen Sie einen anderen Namen für die Kopie des Teams.
team-file-written = { $path } geschrieben: { $count } offene(r) Vorschlag/Vorschläge für { $team }. Wenn das Team sie zurückschickt: Workshop ▸ Antwort eines Teams einlesen….

## Rückgängig machbare Schritte (Menü Rückgängig, Verlauf, Hinweise)
edit-record-a-value = einen Wert festhalten

edit-add-okr-objective = OKR-Ziel hinzufügen
edit-add-dependency = Abhängigkeit hinzufügen
edit-add-item = Eintrag hinzufügen
edit-add-objective = Ziel hinzufügen
edit-add-person-column = Personenspalte hinzufügen
edit-add-person = Person hinzufügen
edit-add-priority = Priorität hinzufügen
edit-add-team = Team hinzufügen
edit-add-vision-target = Zielwert hinzufügen
edit-change-arm-names = Namen der Arme ändern
edit-change-cause-effect-link = Ursache-Wirkungs-Verbindung ändern
edit-change-the-confidence-scale = Zuversichtsskala ändern
edit-change-the-periods = Zeiträume ändern
edit-change-the-perspectives = Perspektiven ändern
edit-change-the-score-colours = Farben der Bewertung ändern
edit-change = ändern
edit-delete-okr-objective = OKR-Ziel löschen
edit-delete-dependency = Abhängigkeit löschen
edit-delete-item = Eintrag löschen
edit-delete-objective = Ziel löschen
edit-delete-person = Person löschen
edit-delete-priority = Priorität löschen
edit-delete-team = Team löschen
edit-delete-vision-target = Zielwert löschen
edit-edit-okr = OKR bearbeiten
edit-edit-dependency = Abhängigkeit bearbeiten
edit-edit-item = Eintrag bearbeiten
edit-edit-objective = Ziel bearbeiten
edit-edit-person = Person bearbeiten
edit-edit-priority = Priorität bearbeiten
edit-edit-text = Text bearbeiten
edit-edit-vision-target = Zielwert bearbeiten
edit-edit-workshop-notes = Workshop-Notizen bearbeiten
edit-link-okr-to-priority = OKR mit Priorität verknüpfen
edit-link-scorecard-objective = Scorecard-Ziel verknüpfen
edit-merge = Zusammenführung
edit-move-okr-objective = OKR-Ziel verschieben
edit-move-item = Eintrag verschieben
edit-move-objective = Ziel verschieben
edit-move-person-column = Personenspalte verschieben
edit-move-priority = Priorität verschieben
edit-mute-finding = Befund stummschalten
edit-remove-person-column = Personenspalte entfernen
edit-rename-team = Team umbenennen
edit-set-mark = Markierung setzen
edit-set-role = Rolle setzen
edit-set-vision-year = Zieljahr der Vision setzen
edit-answer-a-proposal = Vorschlag beantworten
edit-apply-the-vote = Abstimmung anwenden
edit-close-period = Zeitraum abschließen
edit-date-a-decision = Entscheidung datieren
edit-delete-a-vote = Abstimmung löschen
edit-delete-decision = Entscheidung löschen
edit-delete-parked-topic = geparktes Thema löschen
edit-link-a-decision = Entscheidung verknüpfen
edit-park-a-topic = Thema parken
edit-propose-to-a-team = einem Team vorschlagen
edit-record-a-check-in = Check-in festhalten
edit-record-a-decision = Entscheidung festhalten
edit-record-the-confidence = Zuversicht festhalten
edit-start-a-dot-vote = Punktabfrage starten
edit-answer-a-confidence-round = in der Vertrauensrunde antworten
edit-cast-a-ballot = Stimmen abgeben
edit-reveal-the-round = Runde aufdecken
edit-reveal-the-vote = Abstimmung aufdecken
edit-set-one-dot-per-item = einen Punkt je Eintrag festlegen
edit-set-the-dots-per-participant = Punkte je Person festlegen
edit-take-an-item-off-the-vote = Eintrag aus der Abstimmung nehmen
edit-move-key-result = Schlüsselergebnis verschieben
edit-start-a-confidence-round = Vertrauensrunde starten

## Bereich Workshop

about-xmatrix = X-Matrix: { $name }
about-priority = Priorität: { $name }
about-scorecard = Scorecard: { $name }
about-okr = OKR: { $name }
about-annual = Jahresziel: { $name }
about-kr = Schlüsselergebnis: { $name }
ws-dated = { $text } · { $date }
ws-who = Wer
ws-reveal = Aufdecken
ws-decisions = Entscheidungen
ws-add-decision = ➕ Entscheidung
ws-add-decision-hint = Festhalten, was der Raum entschieden hat (Strg+K, dann „Entscheidung“)
ws-no-decisions = Noch keine Entscheidungen festgehalten.
ws-decision-n = Entscheidung { $n }
ws-decision-hint = Was entschieden wurde
ws-on = Am
ws-decision-date = Entscheidung { $n } Datum
ws-about = Betrifft
ws-decision-about = Entscheidung { $n } betrifft
ws-whole-plan = — den ganzen Plan —
ws-delete-decision = Entscheidung { $n } löschen
ws-delete-decision-hint = Diese Entscheidung löschen (Strg+Z macht es rückgängig)
ws-parking-lot = Themenspeicher
ws-add-topic = ➕ Thema parken
ws-add-topic-hint = Ein Thema für später aufheben, ohne den Faden zu verlieren (Strg+K, dann „parken“)
ws-topic-n = Geparktes Thema { $n }
ws-topic-hint = Ein Thema für später
ws-delete-topic = Geparktes Thema { $n } löschen
ws-delete-topic-hint = Dieses Thema löschen (Strg+Z macht es rückgängig)
ws-dot-votes = Punktabfragen
ws-no-votes = Noch keine Abstimmungen.
vote-question-priorities = Welche Prioritäten zählen in den nächsten 12–18 Monaten am meisten?
vote-question-annuals = Welche Jahresziele kommen in diesem Jahr zuerst?
vote-question-measures = Welche Kennzahlen zeigen am besten, ob die Strategie wirkt?
vote-question-parking-lot = Welche geparkten Themen greifen wir als Nächstes auf?
vote-start-hint = Alle verteilen Punkte auf die Einträge; die Zählung bleibt verborgen, bis Sie sie aufdecken
vote-dots-each = { $count ->
    [one] 1 Punkt je Person
   *[other] { $count } Punkte je Person
}
vote-dots-each-one = { $count ->
    [one] 1 Punkt je Person, höchstens einer je Eintrag
   *[other] { $count } Punkte je Person, höchstens einer je Eintrag
}
vote-delete = 🗑 Abstimmung löschen
vote-delete-n = Abstimmung { $n } löschen
vote-take-off = Eintrag { $item } aus Abstimmung { $n } nehmen
vote-take-off-hint = Bei dieser Abstimmung nicht an der Wand
vote-dots-label = Punkte je Person
vote-dots-each-n = Abstimmung { $n } Punkte je Person
vote-one-per-item = Höchstens ein Punkt je Eintrag
vote-one-per-item-n = Abstimmung { $n } höchstens ein Punkt je Eintrag
vote-nobody = Noch hat niemand abgestimmt.
vote-voted = { $count } abgestimmt: { $names } — die Zählung bleibt verborgen.
vote-participant = Abstimmung { $n } Person
vote-dots-numbers = Punkte (Nummern der Einträge)
vote-dots-hint = z. B. 1 3 3
vote-dots-n = Abstimmung { $n } Punkte
vote-cast = Abgeben
vote-cast-n = Stimmen in Abstimmung { $n } abgeben
vote-reveal-n = Abstimmung { $n } aufdecken
vote-keep-top = Die ersten
vote-keep-n = Abstimmung { $n } behalten
vote-keep-rest = als Prioritäten behalten, in dieser Reihenfolge
vote-apply = Anwenden
vote-apply-n = Abstimmung { $n } anwenden
vote-apply-hint = Ordnet die Prioritäten nach Punkten und entfernt die unterhalb der Grenze (Strg+Z macht es rückgängig)
ws-rounds = Vertrauensrunden
ws-no-rounds = Noch keine Vertrauensrunden.
round-on = Vertrauensrunde zu
round-whole-period = allen OKRs dieses Zeitraums
round-start = ➕ Vertrauensrunde starten…
round-start-hint = Alle geben verdeckt einen Wert; die Streuung zeigt sich beim Aufdecken
round-none-open = Im aktuellen Zeitraum gibt es keine offenen OKRs, nach denen man fragen könnte
round-none-open-team = { $team } hat im aktuellen Zeitraum keine offenen OKRs, nach denen man fragen könnte
round-question = Wie zuversichtlich sind wir, die Schlüsselergebnisse für { $period } zu erreichen?
round-question-team = Wie zuversichtlich sind wir, dass { $team } seine Schlüsselergebnisse für { $period } erreicht?
round-scale = Auf der Skala dieses Plans von { $low } bis { $high }.
round-about = Betrifft: { $names }
round-record = Als Zuversicht der Schlüsselergebnisse festhalten
round-record-n = Runde { $n } festhalten
round-record-hint = Ein Check-in beim aktuellen Wert jedes Schlüsselergebnisses mit dem Median der Zuversicht (Strg+Z macht es rückgängig)
round-nobody = Noch hat niemand geantwortet.
round-answered = { $count } geantwortet: { $names } — die Werte bleiben verborgen.
round-participant = Runde { $n } Person
round-confidence = Zuversicht
round-value = Runde { $n } Wert
round-why = Warum (wenn niedrig)
round-why-n = Runde { $n } Warum
round-answer = Antworten
round-answer-n = In Runde { $n } antworten
round-reveal-n = Runde { $n } aufdecken
round-no-reason = (noch kein Grund genannt)
round-low = { $who } hat { $value } gegeben: { $why }
cb-heading = Catchball
cb-intro = Werfen Sie einem Team ein Ziel zu; es stimmt zu, überarbeitet oder lehnt ab und sagt, warum.
cb-item = Vorzuschlagender Eintrag
cb-choose-item = — Eintrag wählen —
cb-to = an
cb-team = Team, dem vorgeschlagen wird
cb-choose-team = — Team wählen —
cb-no-teams = Der Plan hat noch keine Teams (im Bereich Vision anlegen)
cb-choose = Wählen Sie, was welchem Team vorgeschlagen wird
cb-propose = Vorschlagen
cb-nothing-open = Nichts offen.
cb-status = · { $status }
cb-step = ({ $status })
cb-step-dated = ({ $status } { $date })
cb-step-why = ({ $status }: { $why })
cb-step-dated-why = ({ $status } { $date }: { $why })
cb-why-hint = Warum (in den Worten des Teams)
cb-comment-on = Kommentar zu { $item }
cb-answer-on = { $status }: { $item }
cb-settled = { $count } erledigt (vereinbart oder abgelehnt).
cb-draft = Entwurf
cb-proposed = vorgeschlagen
cb-agreed = vereinbart
cb-revised = überarbeitet
cb-rejected = abgelehnt

## Befunde der Prüfung (Befund, dann was zu tun ist)

a-vision-abstract = Die Vision „{ $vision }“ enthält weder eine Zahl noch ein Jahr.
a-vision-abstract-hint = Machen Sie sie messbar: was, wie viel, bis wann („CO₂-Fußabdruck bis 2030 um 40 % senken“).
a-vision-missing = Der Plan hat noch keine Vision.
a-vision-missing-hint = Schreiben Sie, wo die Organisation hinwill, konkret und messbar.
a-vision-why = Die Vision hat kein Warum.
a-vision-why-hint = Sagen Sie, warum sie zählt; Menschen setzen sich für das ein, was sie verstehen.
a-too-many-priorities = Der Plan hat { $count } strategische Prioritäten.
a-too-many-priorities-hint = Behalten Sie 3 bis { $max }: Es geht um Fokus. Eine Punktabfrage hilft bei der Wahl.
a-priority-owner = Für die Priorität „{ $name }“ ist niemand verantwortlich.
a-priority-owner-hint = Geben Sie ihr genau eine verantwortliche Person.
a-priority-metric = Die Priorität „{ $name }“ hat keine Kennzahl: Keine Scorecard-Kennzahl und kein Schlüsselergebnis verfolgt sie.
a-priority-metric-hint = Verknüpfen Sie ein Scorecard-Ziel mit Kennzahl oder ein OKR-Ziel mit Schlüsselergebnissen mit ihr.
a-priority-why = Die Priorität „{ $name }“ hat kein Warum.
a-priority-why-hint = Schreiben Sie, warum sie jetzt zählt; ohne das kehren Teams zum Dringenden zurück.
a-too-many-objectives = { $team } hat { $count } offene Ziele in { $period }.
a-too-many-objectives-hint = Höchstens { $max } je Team und Quartal; Fokus schlägt Abdeckung.
a-dependency-one = „{ $from }“ ({ $from_team }) hängt von „{ $on }“ ({ $on_team }) ab, aber { $missing } hat nicht zugestimmt.
a-dependency-none = „{ $from }“ ({ $from_team }) hängt von „{ $on }“ ({ $on_team }) ab, aber keines der Teams hat zugestimmt.
a-dependency-hint = Vereinbaren Sie sie mit beiden Teams in den Abhängigkeiten des OKR-Bereichs, oder planen Sie darum herum.
a-objective-krs = { $count ->
    [one] Das Ziel „{ $name }“{ $team } hat 1 Schlüsselergebnis.
   *[other] Das Ziel „{ $name }“{ $team } hat { $count } Schlüsselergebnisse.
}
a-too-many-krs-hint = Behalten Sie { $min } bis { $max }: die wenigen, an denen man sieht, ob es erreicht ist.
a-too-few-krs-hint = Streben Sie { $min } bis { $max } messbare Schlüsselergebnisse an.
a-objective-owner = Für das Ziel „{ $name }“{ $team } ist niemand verantwortlich.
a-objective-owner-hint = Geben Sie ihm genau eine verantwortliche Person.
a-objective-why = Das Ziel „{ $name }“{ $team } hat kein Warum.
a-objective-why-hint = Schreiben Sie, warum es zählt und welche Priorität es voranbringt.
a-orphan = Das Ziel „{ $name }“{ $team } ist mit keiner strategischen Priorität verknüpft.
a-orphan-hint = Verknüpfen Sie es mit der Priorität, der es dient (oder mit einem übergeordneten Ziel, das ihr dient), oder fragen Sie, warum es da ist.
a-kr-owner = Für das Schlüsselergebnis „{ $name }“{ $team } ist niemand verantwortlich.
a-kr-no-deadline = Das Schlüsselergebnis „{ $name }“{ $team } hat weder eine Zahl noch einen Termin.
a-kr-activity = Das Schlüsselergebnis „{ $name }“{ $team } liest sich wie eine Tätigkeit, nicht wie ein Ergebnis.
a-kr-activity-hint = Nennen Sie das gewünschte Ergebnis mit Zahl oder Datum („Ladezeit auf 1,4 s senken“, nicht „Meetings abhalten“).
a-kr-away = Das Schlüsselergebnis „{ $name }“{ $team } entfernt sich von seinem Ziel: { $why }.
a-kr-away-hint = Sprechen Sie beim nächsten Check-in darüber: Was hat sich geändert, und was würde es drehen?
a-kr-behind-start = jetzt { $now }, hinter dem Startwert { $start }
a-kr-worse = { $last } am { $last_date }, nach { $previous } am { $previous_date }
a-kr-low-confidence = Beim Check-in des Schlüsselergebnisses „{ $name }“{ $team } am { $date } war die Zuversicht { $confidence }, ohne Kommentar.
a-kr-low-confidence-hint = Geringe Zuversicht ist eine nützliche Nachricht: Ergänzen Sie, warum, und welche Hilfe gebraucht wird.
a-milestone-overdue = Der Meilenstein „{ $name }“{ $team } war am { $due } fällig und ist nicht erledigt.
a-milestone-overdue-hint = Als erledigt markieren, oder einen neuen Termin vereinbaren und sagen, warum er sich verschoben hat.
a-perspective-empty = Die Perspektive { $name } hat keine Ziele.
a-perspective-empty-hint = Eine Balanced Scorecard braucht jede Perspektive; legen Sie mindestens ein Ziel an oder entfernen Sie die Perspektive.
a-perspective-many = Die Perspektive { $name } hat { $count } Ziele.
a-perspective-many-hint = Behalten Sie höchstens { $max }; führen Sie den Rest zusammen oder lassen Sie ihn fallen.
a-measures-many = Die Scorecard verfolgt { $count } Kennzahlen.
a-measures-many-hint = Mehr als etwa { $max } macht die Scorecard bürokratisch; behalten Sie die wenigen, die steuern.
a-bsc-no-measures = Das Scorecard-Ziel „{ $name }“ hat keine Kennzahlen.
a-bsc-no-measures-hint = Ergänzen Sie die Kennzahl, an der man sieht, ob es erreicht ist.
a-bsc-owner = Für das Scorecard-Ziel „{ $name }“ ist niemand verantwortlich.
a-bsc-owner-hint = Nennen Sie eine Person, die dafür einsteht.
a-measure-target = Die Kennzahl „{ $name }“ von „{ $objective }“ hat keinen Zielwert.
a-measure-target-hint = Setzen Sie einen Zielwert, damit der Fortschritt bewertet werden kann.
a-bsc-link = Das Scorecard-Ziel „{ $name }“ hat keine Ursache-Wirkungs-Verbindung.
a-bsc-link-hint = Ziehen Sie in der Strategielandkarte von dem, was es antreibt, oder zu dem, was es antreibt.

## Bereich Prüfung und die Kategorien der Prüfung

audit-heading = Ausrichtungsprüfung
audit-summary = { $count ->
    [one] 1 Befund · { $muted } stummgeschaltet
   *[other] { $count } Befunde · { $muted } stummgeschaltet
}
audit-none = ✔ Keine Befunde: Der Plan vermeidet jeden Fallstrick, den die Prüfung kennt.
audit-category = { $category } ({ $count })
audit-mute = Stummschalten…
audit-mute-n = Stummschalten: { $message }
audit-go = Hingehen
audit-go-n = Hingehen: { $message }
audit-unmute = Wieder zeigen
audit-unmute-n = Wieder zeigen: { $message }
audit-unmute-all = Alle wieder zeigen: { $rule }
audit-muted = Stummgeschaltet ({ $count })
audit-all-of = Alle „{ $rule }“ ({ $count } derzeit)
audit-muted-plan = — für diesen Plan stummgeschaltet: { $reason }
audit-muted-one = — stummgeschaltet: { $reason }
audit-mute-title = Diesen Befund stummschalten
audit-mute-one = Nur diesen Befund
audit-mute-rule = Jeden Befund „{ $rule }“ in diesem Plan ({ $count } derzeit, und alle späteren)
audit-mute-why = Warum ist das hier in Ordnung? Der Grund wird im Plan festgehalten.
audit-mute-ok = Stummschalten
room-category = { $count }  { $category }
cat-too-many-goals = Zu viele Ziele
cat-lack-of-ownership = Fehlende Verantwortung
cat-ignored-dependencies = Übersehene Abhängigkeiten
cat-activity-instead-of-outcome = Tätigkeit statt Ergebnis
cat-missing-why = Fehlendes Warum
cat-vision-too-abstract = Vision zu abstrakt
cat-orphan-objectives = Verwaiste Ziele
cat-not-measurable = Nicht messbar
cat-progress = Fortschritt
cat-x-matrix = X-Matrix
cat-balanced-scorecard = Balanced Scorecard
cat-other = Sonstiges

## Berichte (HTML, PDF, Markdown)

rep-html-title = { $title } — Strategieplan
rep-exported = Aus Catchball exportiert am { $date }.
rep-current-period = aktueller Zeitraum { $period }
rep-facilitated-by = moderiert von { $name }
rep-no-check-in = noch kein Check-in
rep-latest = { $date } · Zuversicht { $confidence }/10
rep-latest-trend = { $date } · Zuversicht { $confidence }/10 · { $trend }
trend = { $arrow } { $word }
trend-better = steigend
trend-worse = fallend
trend-flat = gleichbleibend
severity-advice = Hinweis
severity-warning = Warnung
rep-okrs = OKRs nach Team
rep-okr-scores = Bewertung: rot unter { $amber }, gelb unter { $green }, darüber grün; 0,7 ist der angestrebte Bereich. { $period } gesamt: { $total }.
rep-no-team = Kein Team
rep-col-okr = Ziel · Schlüsselergebnis
rep-col-owner-progress = Verantwortlich · Fortschritt
rep-col-score = Bewertung
rep-col-why-latest = Warum · letzter Check-in
rep-dependencies = Abhängigkeiten zwischen Teams
rep-col-needs = Braucht
rep-col-from = Von
rep-col-agreed = Vereinbart
rep-col-note = Notiz
rep-agreed-both = von beiden Teams
rep-agreed-from = nur vom Team, das es braucht
rep-agreed-on = nur vom angefragten Team
rep-agreed-none = noch nicht
rep-category-count = { $category }: { $count }
rep-no-findings = Keine Befunde: Der Plan vermeidet die klassischen Fallstricke, die die Prüfung kennt.
rep-findings = { $count } Befund(e) — { $categories }.
rep-col-severity = Gewicht
rep-col-finding = Befund
rep-col-what-to-do = Was zu tun ist
rep-muted = Bewusst stummgeschaltet ({ $count })
rep-col-reason = Grund
rep-decisions-parking = Entscheidungen und Themenspeicher
rep-col-date = Datum
rep-col-decision = Entscheidung
rep-target-year = Zieljahr: { $year }
rep-targets = Zielwerte
rep-col-priority = Priorität
rep-not-tied = — mit nichts verknüpft
rep-xmatrix = Hoshin-Kanri-X-Matrix
rep-col-code = Kürzel
rep-col-arm = Arm
rep-col-item = Eintrag
rep-col-tied = Verknüpft mit
rep-scorecard = Balanced Scorecard
rep-by-year = { " " }(bis { $year })
rep-no-target = kein Zielwert
rep-no-baseline = kein Ausgangswert
rep-col-bsc = Perspektive · Ziel · Kennzahl
rep-col-baseline-target = Ausgangswert → Zielwert
rep-col-current = Aktuell
rep-col-trend = Trend
rep-map = Strategielandkarte
rep-map-note = Von unten nach oben treibt jede Perspektive die darüber liegenden an. Pfeile laufen von Ursache zu Wirkung.
rep-no-data-yet = noch keine Daten
rep-initiatives = Initiativen
rep-col-initiative = Initiative
rep-col-objective = Ziel
rep-col-budget = Budget
rep-col-due = Fällig
rep-col-status = Status

rep-bsc-note = Fortschritt = (aktuell − Ausgangswert) / (Zielwert − Ausgangswert), wie berechnet gezeigt (über 1,00 jenseits des Zielwerts); ein Zielbereich ist überall in ihm erreicht. Die Farben zählen den Fortschritt von 0 bis 1: rot unter { $amber }, gelb unter { $green }, darüber grün. Die Bewertung eines Ziels ist das gewichtete Mittel seiner Kennzahlen; keine Daten ist nicht null. Gesamt: { $total }.
rep-baseline-target = { $baseline } → { $target } { $unit }
rep-total = { $score } — { $points }
total-points = { $points } von 100 Punkten
total-pass-reached = { $points } von 100 Punkten; Schwelle { $mark } erreicht
total-pass-missed = { $points } von 100 Punkten; Schwelle { $mark } nicht erreicht
initiative-not-started = nicht begonnen
initiative-on-track = im Plan
initiative-at-risk = gefährdet
initiative-late = verspätet
initiative-done = erledigt

rep-page-of = Seite { $page } von { $count }

## Bereich OKRs

okr-explain = der Mittelwert der Bewertungen der Ziele des Zeitraums ({ $periods }).
okr-objectives = Ziele
okr-alignment = Ausrichtung
okr-dependencies = Abhängigkeiten
okr-round = Check-in-Runde…
okr-round-hint = Alle Schlüsselergebnisse eines Teams nacheinander durchgehen, nur mit der Tastatur
okr-close-period = Zeitraum abschließen…
okr-close-period-hint = Den aktuellen Zeitraum abschließen: Ziele übertragen, oder sie mit ihrer Endbewertung als erreicht, teilweise erreicht oder fallen gelassen abschließen
okr-add-objective = ➕ Ziel
okr-overall = { $period } gesamt
okr-overall-chip = Gesamt
okr-show = Zeigen
okr-all-periods = Alle Zeiträume
okr-period-filter = Filter Zeitraum
okr-show-all = Alle zeigen
okr-all-teams = Alle Teams
okr-all-owners = Alle Verantwortlichen
okr-all-priorities = Alle Prioritäten
okr-team-filter = Filter Team
okr-owner-filter = Filter Verantwortlich
okr-priority-filter = Filter Priorität
okr-new-objective = Neues Ziel
okr-none-match = Keine passenden Ziele — „➕ Ziel“ legt eines an, oder alle zeigen.
okr-add-kr = ➕ Schlüsselergebnis
okr-add-kr-n = Ziel { $n } ein Schlüsselergebnis hinzufügen
okr-add-milestone = ➕ Meilenstein
okr-add-milestone-n = Ziel { $n } einen Meilenstein hinzufügen
okr-add-levels = ➕ Stufen
okr-add-levels-n = Ziel { $n } ein Schlüsselergebnis mit Stufen hinzufügen
okr-add-levels-hint = Benannte Stufen (verfehlt / zugesagt / Ziel / ambitioniert) statt einer Zahl
okr-new-kr = Neues Schlüsselergebnis
okr-closed = { $state } in { $period } · keine Endbewertung
okr-closed-score = { $state } in { $period } · Endbewertung { $score }
okr-state-open = offen
okr-state-achieved = erreicht
okr-state-partly = teilweise erreicht
okr-state-dropped = fallen gelassen
okr-state-carriedover = übertragen
okr-reopen = Wieder öffnen
okr-reopen-n = Ziel { $n } wieder öffnen
okr-reopen-hint = Wieder öffnen: Dann zählt die berechnete Bewertung, nicht die Endbewertung
okr-objective-name = Ziel { $n } Name
okr-objective-owner = Ziel { $n } verantwortlich
okr-team = Team
okr-objective-team = Ziel { $n } Team
okr-no-team-choice = — kein Team —
okr-period = Zeitraum
okr-objective-period = Ziel { $n } Zeitraum
okr-objective-priority = Ziel { $n } Priorität
okr-not-linked = — nicht verknüpft —
okr-parent = Übergeordnet
okr-objective-parent = Ziel { $n } übergeordnet
okr-none = — keines —
okr-objective-why = Ziel { $n } Warum
okr-why-hint = Warum dieses Ziel? Welche Priorität bringt es voran?

## Schlüsselergebnisse

kr-none = Noch keine Schlüsselergebnisse: Ergänzen Sie 3 bis 5, an denen man es erkennt.
kr-confidence-hint = Zuversicht beim letzten Check-in, { $date }, von { $who }
kr-confidence-hint-comment = Zuversicht beim letzten Check-in, { $date }, von { $who }: { $comment }
kr-now = jetzt { $value }
kr-not-done = offen
kr-no-level = keine Stufe
kr-start-n = { $label } Start
kr-target-n = { $label } Ziel
kr-unit = Einheit
kr-unit-n = { $label } Einheit
kr-done = erledigt
kr-done-n = { $label } erledigt
kr-due-n = { $label } fällig am
kr-levels-hint = Die Stufen; ⋯ ▸ Einstellungen ändert sie
kr-check-in = Einchecken…
kr-check-in-n = { $label } einchecken
kr-history = Verlauf
kr-history-n = Verlauf von { $label }
kr-move-up = ⬆ Nach oben
kr-move-up-n = { $label } nach oben
kr-move-down = ⬇ Nach unten
kr-move-down-n = { $label } nach unten
kr-actions-n = Aktionen für { $label }
kr-actions-hint = Einchecken, Verlauf, Einstellungen, verschieben, löschen
kr-move-to = Zu einem anderen Ziel verschieben
kr-move-to-n = { $label } zu einem anderen Ziel verschieben

## Das Check-in-Fenster

ci-title = Einchecken
ci-objective = Ziel: { $name }
ci-value = Check-in-Wert
ci-done-box = Erledigt
ci-done = Check-in erledigt
ci-where = Wo steht es?
ci-scale = ({ $low } = keine Chance, { $high } = sicher)
ci-comment = Kommentar
ci-date = Check-in-Datum
ci-who = Eingecheckt von
ci-record = Check-in festhalten

## Bereich Scorecard

chip-hover = { $name }: { $explain }
bsc-table = Tabelle
bsc-perspectives = Perspektiven…
bsc-named-score = { $name } { $score }
bsc-explain-total = der Mittelwert der Bewertungen der Perspektiven ({ $scores }).
bsc-explain-perspective = Mittelwert der Bewertungen ihrer Ziele ({ $scores }).
bsc-add-objective-n = ➕ Ziel in { $perspective }
bsc-add-objective-hint = Ein Ziel zu „{ $perspective }“ hinzufügen
bsc-no-objectives = Noch keine Ziele in { $perspective } — die Schaltfläche oben legt eines an.
bsc-new-objective = Neues Ziel ({ $perspective })
bsc-objective-name = Scorecard-Ziel { $n } Name
bsc-objective-owner = Scorecard-Ziel { $n } verantwortlich
bsc-perspective = Perspektive
bsc-by = Bis
bsc-objective-year = Scorecard-Ziel { $n } Zieljahr
bsc-objective-why = Scorecard-Ziel { $n } Warum
bsc-why-hint = Warum dieses Ziel?
bsc-objective-note = Scorecard-Ziel { $n } Statusnotiz
bsc-note-hint = Statusnotiz (z. B. zurückgestellt bis zur Budgetrunde)
bsc-objective-perspective = Scorecard-Ziel { $n } Perspektive
bsc-serves = Dient
bsc-add-priority = ➕ Priorität
bsc-link-priority = Scorecard-Ziel { $n } mit einer Priorität verknüpfen
bsc-moves = Bewegt
bsc-add-metric = ➕ Kennzahl
bsc-link-metric = Scorecard-Ziel { $n } mit einer Kennzahl verknüpfen
bsc-remove-link = Diese Verknüpfung entfernen
bsc-add-initiative = ➕ Initiative
bsc-add-initiative-hint = Eine Initiative hinzufügen
bsc-new-initiative = Neue Initiative

## Arme der X-Matrix und ihre Prüfung

arm-breakthrough-objectives = Durchbruchsziele
arm-annual-objectives = Jahresziele
arm-improvement-priorities = Verbesserungsprioritäten
arm-metrics = Kennzahlen
arm-aspirations = Ambitionen
arm-strategies = Strategien
arm-tactics = Taktiken
arm-evidence = Belege
arm-one-breakthrough-objective = Durchbruchsziel
arm-one-annual-objective = Jahresziel
arm-one-improvement-priority = Verbesserungspriorität
arm-one-metric = Kennzahl
arm-one-aspiration = Ambition
arm-one-strategy = Strategie
arm-one-tactic = Taktik
arm-one-evidence = Beleg
a-x-empty-arm = Die X-Matrix hat keine { $arm }.
a-x-empty-arm-hint = Legen Sie in diesem Arm mindestens einen Eintrag an ({ $item }).
a-x-untied = „{ $name }“ ({ $kind }) ist mit keinem Eintrag der Art „{ $other }“ verknüpft.
a-x-untied-hint = Markieren Sie in der Ecke zwischen beiden, welchem Eintrag der Art „{ $other }“ es dient, oder lassen Sie es fallen.
a-x-no-lead = „{ $name }“ ({ $kind }) hat keine Leitung.
a-x-no-lead-hint = Geben Sie genau einer Person in seiner Zeile die Rolle ● Leitung.
a-x-leads = „{ $name }“ ({ $kind }) hat { $count } Leitungen ({ $people }).
a-x-leads-hint = Behalten Sie eine Leitung; machen Sie die anderen zu ○ Mitgliedern des Kernteams.
a-x-overloaded = { $person } leitet { $leads } und wirkt an { $involved } mit ({ $arm }).
a-x-overloaded-hint = Verteilen Sie die Arbeit: höchstens { $leads } Leitungen und { $involved } Prioritäten je Person.

room-quadrant = { $a } × { $b }

legend-marks = Markierungen:
legend-people = Personen:
legend-strong = stark
legend-medium = mittel
legend-weak = schwach
legend-linked = verknüpft, nicht bewertet
legend-lead = Leitung
legend-core = Kernteam
legend-consulted = beratend

xl-vision = Vision
xl-target = Zielwert
xl-xmatrix = X-Matrix
xl-xmatrix-title = { $plan } — X-Matrix
xl-legend = Legende
xl-marks = Markierungen zwischen Einträgen: ● stark · ○ mittel · △ schwach
xl-marks-linked = Markierungen zwischen Einträgen: ● stark · ○ mittel · △ schwach · ✓ verknüpft, nicht bewertet
xl-people = Personen bei einer Verbesserungspriorität: ● Leitung · ○ Kernteam · △ beratend
xl-arms = Links: Jahresziele · oben: Verbesserungsprioritäten · rechts: Kennzahlen, dann Personen · unten: Durchbruchsziele
xl-marks-sheet = X-Matrix-Markierungen
xl-check-ins = Check-ins

bsc-intro = Fortschritt = (aktuell − Ausgangswert) / (Zielwert − Ausgangswert), auch wenn „weniger besser“ ist. Zeigen Sie auf eine Bewertung, um zu sehen, wie sie berechnet wurde; keine Daten ist nicht null.
ws-intro = Was der Raum entschieden hat, was er für später geparkt hat, und seine Punktabfragen — im Plan festgehalten.
scoring-button = Bewertung…
scoring-button-hint = Farbbereiche, Schwelle und Skala der Zuversicht

roll-title = { $period } abschließen
roll-no-next = Nach „{ $period }“ gibt es keinen Zeitraum: Er ist weder ein Quartal wie 2027-Q1, noch folgt ihm ein weiterer der Zeiträume des Plans. Legen Sie den nächsten Zeitraum in den Angaben zum Plan (Bereich Vision) an.
roll-none-open = Keine offenen Ziele in { $period }.
roll-computed = Berechnet
roll-final = Endbewertung
roll-then = Danach
roll-final-of = Endbewertung von { $name }
roll-carry = nach { $period } übertragen
roll-choice = { $name }: { $state }
roll-note = Abgeschlossene Ziele bleiben in { $period } mit Zustand und Endbewertung lesbar; übertragene beginnen in { $next } beim letzten Check-in.
roll-close = { $period } abschließen
round-key = { $keys }: { $what }
round-key-esc = Esc: Runde beenden
round-all-teams = alle Teams
round-title = Check-in-Runde — { $team }
round-complete = Runde beendet: { $recorded } Check-in(s) für { $total } Schlüsselergebnis(se) festgehalten.
round-kr-of = Schlüsselergebnis { $n } von { $total }
round-record-next = Festhalten und weiter
round-skip = Überspringen
round-back = Zurück

al-no-team = kein Team
al-objective = { $name } — { $team } · { $period } · Bewertung { $score }
al-open = Dieses Ziel öffnen
al-show-objective = Dieses Ziel zeigen
al-kr = ◦ { $name } — { $score }
al-show-kr = Dieses Schlüsselergebnis zeigen
al-vision = Vision: { $vision }
al-show-priority = Diese Priorität zeigen
al-nobody = ⚠ kein Team arbeitet daran
al-orphans = ⚠ Mit keiner Priorität verknüpft (verwaist)
al-item-team = { $name } ({ $team })
dep-intro = Was ein Team von einem anderen braucht. Jede Abhängigkeit wird von beiden Teams vereinbart.
dep-none = Noch keine Abhängigkeiten.

## Das X-Matrix-Panel

xm-mark-strong = ● Stark
xm-mark-medium = ○ Mittel
xm-mark-weak = △ Schwach
xm-mark-linked = ✓ Verknüpft, nicht bewertet
xm-clear = Entfernen
xm-why-linked-menu = Warum sind sie verknüpft…
xm-role-lead = ● Leitung
xm-role-core = ○ Kernteam
xm-role-consulted = △ Beratend
xm-role-none = Nicht beteiligt
xm-move-up = Nach oben
xm-move-down = Nach unten
xm-move-left = Nach links
xm-move-right = Nach rechts
xm-delete = Löschen
xm-remove-person = Aus der Matrix entfernen
xm-edit = Bearbeiten…
xm-new-item = { $item } (neu)
xm-add-person = ➕ Person
xm-new-person-menu = Neue Person…
xm-new-person = Neue Person
xm-classic-names = Klassische Hoshin-Namen
xm-taste-names = TASTE-Namen
xm-arm-names = Namen der Arme
xm-taste-hint = TASTE: True North (Nordstern), Ambitionen (Aspirations), Strategien, Taktiken, Belege (Evidence)
xm-edit-item = { $item } bearbeiten
xm-edit-person = Person bearbeiten
xm-why-linked = Warum sind sie verknüpft?
xm-done = Fertig
xm-name = Name
xm-note = Notiz
xm-unit = Einheit
xm-role = Rolle
xm-no-mark-yet = Hier gibt es noch keine Markierung; ein Klick auf die Zelle setzt eine.
xm-why-field = Warum (eine Zeile)
xm-guide-vision = Vision
xm-guide-true-north = Nordstern (True North)
xm-guide-marks = Markierungen { $a } × { $b }
xm-guide-next = Als Nächstes in der geführten Reihenfolge:
xm-guide-step = ➜ { $step } (Schritt { $n } von { $total })
xm-guide-hint = Bauen Sie die X-Matrix in dieser Reihenfolge auf; Belege vor Taktiken verhindert, dass zuerst die Arbeit gewählt wird und danach die Kennzahlen, die sie rechtfertigen.
    { $steps }
xm-target = Zielwert
xm-target-set = gesetzt
xm-target-value = Zielwert (Zahl)
xm-better-is = Besser ist
xm-higher = höher
xm-lower = niedriger
xm-better-name = { $direction } ist besser
xm-levels = Stufen (für eine in Worten beurteilte Kennzahl, die beste zuerst)
xm-levels-none = Keine: die Kennzahl ist eine Zahl. Fügen Sie Stufen hinzu, wenn sie in Worten beurteilt wird.
xm-level = Stufe { $n }
xm-level-name = Name der Stufe { $n }
xm-level-meaning = Bedeutung der Stufe { $n }
xm-level-hint = woran man sie erkennt
xm-add-level = ➕ Stufe
xm-level-default = Stufe { $n }
xm-three-levels = ➕ Ziel / mäßig / Risiko
xm-three-levels-hint = Die drei Stufen, die viele X-Matrizen verwenden
xm-level-target = Ziel
xm-level-moderate = mäßig
xm-level-risk = Risiko
xm-legend = Markierungen: ● stark  ○ mittel  △ schwach   ·   Personen: ● Leitung  ○ Kernteam  △ beratend
xm-legend-linked = Markierungen: ● stark  ○ mittel  △ schwach  ✓ verknüpft   ·   Personen: ● Leitung  ○ Kernteam  △ beratend
xm-add-arm = ➕ { $item }
xm-horizontal = Waagrechte Beschriftung
xm-keys = ⌨ Tasten
xm-keys-click = Klick auf eine Zelle wechselt ● ○ △ · Rechtsklick öffnet ein Menü
xm-check-ok = ✔ X-Matrix-Prüfung: keine Befunde
xm-check-findings = { $count ->
    [one] ⚠ X-Matrix-Prüfung: 1 Befund — was zu tun ist, zeigen die ⚠-Markierungen beim Darüberfahren
   *[other] ⚠ X-Matrix-Prüfung: { $count } Befunde — was zu tun ist, zeigen die ⚠-Markierungen beim Darüberfahren
}
xm-people = Personen
xm-no-mark = keine Markierung
xm-not-involved = nicht beteiligt
xm-centre = Mitte der X-Matrix
xm-cell = { $row } × { $col }: { $state }

## Gemeinsame Schaltflächen und die Namen für Bildschirmleser

w-set-year = Jahr setzen
w-set = Setzen
w-set-name = { $name } setzen
w-clear-name = { $name } leeren
w-field = { $label }: { $field }
w-weight = Gewicht
w-weight-hint = Sein Anteil an der Bewertung des Ziels, im Verhältnis zu den anderen
w-delete-menu = 🗑 Löschen
w-delete-of = { $label } löschen
w-delete-hint = „{ $name }“ löschen (Strg+Z macht es rückgängig)
w-set-date = Datum setzen
w-move-up-of = { $label } nach oben
w-move-down-of = { $label } nach unten
f-name = Name
f-owner = Verantwortlich
f-role = Rolle
f-team = Team
f-part-of = gehört zu
f-start = Beginn
f-end = Ende
f-unit = Einheit
f-baseline = Ausgangswert
f-target = Zielwert
f-minimum = Minimum
f-maximum = Maximum
f-budget = Budget
f-due-date = Fälligkeitsdatum
f-status = Status
f-weight = Gewicht
f-commit = Commit-Wert
f-stretch = Stretch-Wert
f-from = von
f-to = bis
lbl-priority = Priorität { $n }
lbl-okr-objective = Ziel { $n }
lbl-scorecard-objective = Scorecard-Ziel { $n }
lbl-measure = Kennzahl { $n }
lbl-initiative = Initiative { $n }
lbl-perspective = Perspektive { $n }
lbl-period = Periode { $n }
lbl-person = Person { $n }
lbl-person-cap = Person { $n }
lbl-team = Team { $n }
lbl-team-cap = Team { $n }
people-still-linked = Ist noch für etwas im Plan verantwortlich, leitet es oder gehört dazu; weisen Sie das zuerst neu zu.
people-delete-hint = Löschen (Strg+Z macht es rückgängig)
people-role-hint = Rolle
people-no-team = — kein Team —
people-top-level = — oberste Ebene —
people-add-person = ➕ Person hinzufügen
people-add-team = ➕ Team hinzufügen
periods-heading = Perioden
periods-none = Keine eigenen: OKR-Perioden sind Quartale wie 2027-Q1 oder FY25-Q4, und das Abschließen einer Periode geht zum nächsten Quartal über. Fügen Sie Perioden für Sprints, Halbjahre oder Geschäftsquartale mit Daten hinzu.
periods-from = von
periods-to = bis
periods-add = ➕ Periode hinzufügen
audit-structure = Strukturprüfung
audit-structure-ok = ✔ Jede ID ist eindeutig, jede Verknüpfung zeigt auf etwas Vorhandenes, jede Zahl liegt im erlaubten Bereich.
audit-problem = Problem
audit-holds = Was der Plan enthält
audit-part = Teil
audit-count = Anzahl
audit-people-teams = Personen / Teams
audit-priorities = Strategische Prioritäten
audit-x-items = X-Matrix-Einträge (Durchbruchsziele / Jahresziele / Verbesserungsprioritäten / Kennzahlen) und Markierungen
audit-x-counts = { $b } / { $a } / { $i } / { $m }, { $marks } Markierungen
audit-bsc = Scorecard-Ziele / Kennzahlen
audit-okrs = OKR-Ziele / Schlüsselergebnisse
audit-dependencies = Abhängigkeiten

## Einstellungen eines Schlüsselergebnisses

krs-zone-fail = verfehlt
krs-zone-commit = Commit
krs-zone-target = Ziel
krs-zone-stretch = Stretch
krs-kind-metric = eine Zahl (Kennzahl)
krs-kind-milestone = erledigt oder nicht (Meilenstein)
krs-kind-ordinal = benannte Stufen (ordinal)
krs-settings = ⚙ Einstellungen ▸
krs-measured-as = Gemessen als
krs-measured-as-n = { $label } gemessen als { $kind }
krs-milestone-note = Ein Meilenstein wird mit 1,0 bewertet, wenn er erledigt ist, sonst mit 0.
krs-more = Weitere Einstellungen von { $label }
krs-more-hint = Gewicht { $weight } und wie es gemessen wird
krs-stretch-note = Mit einem Stretch-Wert wird der Zielwert mit 0,7 und der Stretch-Wert mit 1,0 bewertet; ein Commit-Wert mit 0,3.
krs-commit = Commit
krs-stretch = Stretch
krs-due = Fällig
krs-levels-note = Stufen, die niedrigste zuerst, jede mit der Bewertung, die ihr Erreichen ergibt
krs-level-of = { $label } Stufe { $n }
krs-level-score = Bewertung
krs-level-meaning = Bedeutung
krs-meaning-hint = was sie bedeutet
krs-add-level = ➕ Stufe
krs-add-level-of = { $label } eine Stufe hinzufügen
krs-level-default = Stufe { $n }

## Scorecard-Kennzahlen und ihre Messwerte

bsm-higher = höher ist besser
bsm-lower = niedriger ist besser
bsm-weekly = wöchentlich
bsm-monthly = monatlich
bsm-quarterly = vierteljährlich
bsm-yearly = jährlich
bsm-measures = Kennzahlen
bsm-add = ➕ Kennzahl
bsm-add-hint = Eine Kennzahl hinzufügen
bsm-new = Neue Kennzahl
bsm-none = Noch keine Kennzahlen — ein Ziel ohne Kennzahl kann nicht bewertet werden.
bsm-col-measure = Kennzahl
bsm-col-unit = Einheit
bsm-col-baseline = Basis
bsm-col-target = Zielwert
bsm-col-current = Aktuell
bsm-col-progress = Fortschritt
bsm-col-trend = Trend
bsm-unknown = k. A.
bsm-unknown-hint = Kein Ausgangswert: Der Fortschritt lässt sich erst messen, wenn der Zielwert erreicht ist. Klicken, um einen zu setzen.
bsm-record = Erfassen…
bsm-record-of = Einen Wert für { $label } erfassen
bsm-history = 📈 Verlauf
bsm-history-of = Verlauf von { $label }
bsm-history-hint = Jeder erfasste Wert, mit Diagramm
bsm-updated = { $interval } aktualisiert
bsm-baseline-unknown = Ausgangswert unbekannt
bsm-baseline-unknown-hint = Niemand weiß, wo es begann: Sagen Sie das, statt eine Zahl zu erfinden
bsm-min = Min
bsm-max = Max
bsm-actions-of = Aktionen für { $label }
bsm-actions-hint = Gewicht { $weight }, { $direction }, { $interval } aktualisiert
bsm-no-target = kein Zielwert
bsm-no-baseline = kein Ausgangswert
bsm-latest = Letzte Messwerte:
    { $readings }
bsm-reading = { $date }: { $value }
bsr-title = Einen Wert für „{ $name }“ erfassen
bsr-now = Jetzt { $value } { $unit }; der alte Wert bleibt im Verlauf.
bsr-value = Wert
bsr-new-value = Neuer Wert
bsr-date = Datum
bsr-reading-date = Datum des Messwerts
bsr-record = Erfassen
bsr-target = Zielwert
bsr-target-from = Zielwert von
bsr-target-to = Zielwert bis
bsr-baseline = Ausgangswert
bsr-history-title = Verlauf von „{ $name }“
bsr-empty = Noch keine Werte erfasst. Mit „Erfassen…“ tragen Sie den ersten ein.
bsr-change = Änderung
hist-days-since = Tage seit { $date }
hist-date = Datum
hist-value = Wert
hist-confidence = Zuversicht
hist-who = Wer
hist-comment = Kommentar
hist-score = Bewertung
hist-confidence-series = Zuversicht ÷ 10
hist-sweet-spot = idealer Bereich
hist-checkins-title = Check-ins von „{ $name }“
hist-checkins-empty = Noch keine Check-ins. Mit „Einchecken…“ erfassen Sie den ersten.
table-empty = Hier ist noch nichts.

## Abhängigkeiten zwischen Teams

dep-no-team = Kein Team
dep-depends-on = { $team } hängt ab von
dep-agreed-by = Zugestimmt: { $team }
dep-not-agreed = ⚠ nicht von beiden zugestimmt
dep-delete = Abhängigkeit { $n } löschen
dep-choose = auswählen…
dep-new = Neue Abhängigkeit:
dep-what = Abhängigkeit: was abhängt
dep-needs = braucht
dep-on = Abhängigkeit: wovon
dep-add = Abhängigkeit hinzufügen
ci-level-n = Stufe { $name }

## Scorecard-Zielwerte, Perspektiven, Strategielandkarte und das Bewertungsfenster

tgt-set = Setzen
tgt-set-hint = Einen Zielwert setzen
tgt-none = kein Zielwert
tgt-value = ein Wert
tgt-range = ein Bereich: alles dazwischen ist erreicht
tgt-shape = Zielwert: { $shape }
tgt-shape-of = { $name }: { $shape }
persp-title = Perspektiven
persp-intro = Von oben nach unten, wie die Strategielandkarte sie zeichnet: oben die Ergebnisse, darunter die Fähigkeiten, die sie bewirken.
persp-used = { $count ->
    [one] 1 Ziel
   *[other] { $count } Ziele
}
persp-add = ➕ Perspektive hinzufügen
map-box = Landkarte: { $name }
map-box-hint = { $name }
    { $explain }
    Auf ein anderes Ziel ziehen heißt „dies bewirkt das“. Rechtsklick für Verknüpfungen.
map-drives = „{ $name }“ bewirkt:
sc-title = Bewertung
sc-intro = Bewertungen werden so verglichen, wie sie angezeigt werden, auf zwei Nachkommastellen gerundet: 0,895 erscheint als 0,90 und liegt im Band ab 0,90.
sc-scorecard = Scorecard
sc-okrs = OKRs
sc-red-below = Rot unter
sc-amber-below = · gelb unter
sc-green-from = · ab dort grün
sc-amber-from-of = { $part }: gelb ab
sc-green-from-of = { $part }: grün ab
sc-preset-of = { $part }: { $preset }
sc-preset-default = Rot < 0,4 ≤ gelb < 0,7 ≤ grün (Standard)
sc-preset-okr = OKR-Konvention: rot < 0,3 ≤ gelb < 0,7 ≤ grün
sc-preset-strict = Streng: gelb ab 0,9, grün ab 1,0
sc-pass-mark = Mindestwert
sc-totals-reach = Die Gesamtwerte sollen erreichen
sc-use-pass-mark = Einen Mindestwert verwenden
sc-points = = { $points } von 100 Punkten
sc-confidence = Zuversicht beim Check-in
sc-one-to-ten = 1 bis 10
sc-zero-to-ten = 0 bis 10
sc-confidence-from = Zuversicht von { $scale }

## Das Fenster: Befehlspalette, Hilfe, Hinweise

ctx-global = Überall
ctx-room = Beim Präsentieren (F5)
ctx-xmatrix = In der X-Matrix
ctx-round = In der Check-in-Runde
ctx-priorities = Im Prioritäten-Panel
help-shortcuts = Tastenkürzel
help-next-field = Nächstes / vorheriges Feld
help-tab = Tab / Umschalt+Tab
palette-timer = Einen Timer über { $minutes } Minuten starten
palette-title = Befehlspalette
palette-hint = Befehl suchen, z. B. „pdf“ oder „Timer 10“
palette-find = Einen Befehl finden
palette-none = Kein Befehl passt.
read-only-advice = Mit „Speichern unter…“ arbeiten Sie an einer Kopie.
notice-upgraded = { $file } hat das Format { $old } einer älteren Catchball-Version. Beim Speichern wird Format { $new } geschrieben (ältere Versionen können es nicht öffnen); die Datei bleibt unverändert als { $kept } erhalten.
notice-changed-on-disk = { $name } wurde auf dem Datenträger von jemand anderem geändert. Ihre Änderungen bleiben hier erhalten; beim Speichern wird gefragt, bevor deren Fassung überschrieben wird.
notice-not-a-plan = { $file } ist keine Plandatei; ziehen Sie eine .plan.ron-Datei hierher, um sie zu öffnen.
recovered-plan = Wiederhergestellter Plan
dlg-open = Plan öffnen
dlg-save-as = Plan speichern unter
dlg-filter = Catchball-Plan
dlg-export = Exportieren als { $format }
choice-team = Team: { $name }
cb-no-team = Kein Team

## Die Kommandozeile: fmt, export, score, demo, diff und merge

cli-update-to-rewrite = { $why } Aktualisieren Sie Catchball, um sie neu zu schreiben.
cli-not-rewriting = Nicht neu geschrieben: { $why }
cli-already-canonical = { $file } ist bereits in kanonischer Form.
cli-rewritten = { $file } in kanonischer Form neu geschrieben (die vorige Fassung bleibt als { $kept } erhalten).
cli-rewritten-upgraded = { $file } im Format { $new } neu geschrieben (aktualisiert von Format { $old }) (die vorige Fassung bleibt als { $kept } erhalten).
cli-wrote = Geschrieben: { $files }.
cli-score-kind = ART
cli-score-id = ID
cli-score-progress = FORTSCHRITT
cli-score-status = STATUS
cli-score-name = NAME
cli-score-none = keine
cli-diff-arguments = catchball diff vergleicht zwei Plandateien (oder nimmt die sieben Argumente von gits externem Diff); erhalten: { $count }.
cli-cannot-compare = Die Pläne ließen sich nicht vergleichen: { $error }
cli-git-plan = Catchball-Plan { $path }:
cli-different-plans = Das sind zwei verschiedene Pläne (ihre Plan-IDs unterscheiden sich).
cli-changes = { $count ->
    [0] Keine Unterschiede.
    [one] 1 Änderung.
   *[other] { $count } Änderungen.
}
cli-newer-format = { $file } wurde von einer neueren Catchball-Version geschrieben; beim Zusammenführen in das Format dieser Version könnte verloren gehen, was sie enthält. Aktualisieren Sie Catchball und führen Sie dann zusammen.
cli-not-copies = { $ours } und { $theirs } sind keine Kopien desselben Plans (ihre Plan-IDs unterscheiden sich). Um sie trotzdem zusammenzuführen, wobei jeder Unterschied eine Frage wird, fügen Sie --different-plans hinzu.
cli-cannot-merge = Zusammenführen nicht möglich: { $error }
cli-conflict = Konflikt: { $title }
    {"  "}unsere:  { $ours }
    {"  "}ihre:    { $theirs }
cli-conflicts-nothing-written = { $count ->
    [one] 1 Konflikt; nichts geschrieben. Entscheiden Sie ihn in Catchball (Datei ▸ Zusammenführen…) oder fügen Sie --take ours oder --take theirs hinzu.
   *[other] { $count } Konflikte; nichts geschrieben. Entscheiden Sie sie in Catchball (Datei ▸ Zusammenführen…) oder fügen Sie --take ours oder --take theirs hinzu.
}
cli-merged = { $side ->
    [ours] Zusammengeführt in { $output }: { $count } Änderung(en) aus { $theirs }, { $conflicts } Konflikt(e) zugunsten unserer Fassung entschieden.
    [theirs] Zusammengeführt in { $output }: { $count } Änderung(en) aus { $theirs }, { $conflicts } Konflikt(e) zugunsten ihrer Fassung entschieden.
   *[none] Zusammengeführt in { $output }: { $count } Änderung(en) aus { $theirs }.
}

## Vergleichen und Zusammenführen: Änderungen in Worten

field-about = betrifft
field-agreed-by-from = Zustimmung des abhängigen Teams
field-agreed-by-on = Zustimmung des liefernden Teams
field-amber-from = gelb ab
field-annuals = Jahresziele
field-answers = Antworten
field-assignments = Rollen
field-ballots = Stimmzettel
field-baseline = Ausgangswert
field-breakthroughs = Durchbruchsziele
field-budget = Budget
field-by-year = bis Jahr
field-cause = Ursache
field-check-ins = Check-ins
field-comment = Kommentar
field-confidence = Zuversicht
field-confidence-rounds = Zuversichtsrunden
field-corner = Ecke
field-correlations = Markierungen
field-current = aktueller Wert
field-current-period = aktuelle Periode
field-date = Datum
field-decisions = Entscheidungen
field-dependencies = Abhängigkeiten
field-description = Beschreibung
field-direction = Richtung
field-dots = Punkte
field-dots-per-person = Punkte pro Person
field-due = fällig
field-effect = Wirkung
field-end = Ende
field-facilitator = Moderation
field-final-score = Endbewertung
field-from = von
field-green-from = grün ab
field-history = Verlauf
field-horizon = Horizont
field-improvements = Verbesserungsprioritäten
field-initiatives = Initiativen
field-interval = Intervall
field-item = Eintrag
field-items = Einträge
field-key-results = Schlüsselergebnisse
field-kind = Art
field-lineage = Herkunft
field-links = Verknüpfungen
field-max = Maximum
field-measures = Kennzahlen
field-median = Median
field-metric = Kennzahl
field-metrics = Kennzahlen
field-min = Minimum
field-mutes = stummgeschaltete Befunde
field-name = Name
field-note = Notiz
field-objectives = Ziele
field-okrs = OKRs
field-on = auf
field-one-per-item = ein Punkt pro Eintrag
field-organisation = Organisation
field-owner = Verantwortlich
field-parent = übergeordnet
field-parking-lot = Themenspeicher
field-participant = Teilnehmer
field-pass-mark = Mindestwert
field-people = Personen
field-period = Periode
field-periods = Perioden
field-person = Person
field-perspective = Perspektive
field-perspectives = Perspektiven
field-plan-id = Plan-ID
field-priorities = Prioritäten
field-priority = Priorität
field-proposals = Vorschläge
field-question = Frage
field-rationale = Begründung
field-reason = Grund
field-revealed = aufgedeckt
field-revision = Revision
field-role = Rolle
field-rubric = Stufen
field-rule = Regel
field-saved-at = gespeichert am
field-saved-by = gespeichert von
field-score = Bewertung
field-scorecard = Scorecard
field-scoring = Bewertung
field-settings = Einstellungen
field-start = Start
field-state = Zustand
field-statement = Aussage
field-status = Status
field-status-note = Statusnotiz
field-strength = Stärke
field-target = Zielwert
field-target-year = Zieljahr
field-targets = Zielwerte
field-team = Team
field-teams = Teams
field-text = Text
field-title = Titel
field-to = an
field-unit = Einheit
field-value = Wert
field-vision = Vision
field-vocabulary = Namen der Arme
field-votes = Abstimmungen
field-week = Woche
field-weight = Gewicht
field-who = wer
field-why = Warum
field-workshop = Workshop
field-xmatrix = X-Matrix
field-zones = Stufen
kind-person = Person
kind-team = Team
kind-vision-target = Zielwert der Vision
kind-strategic-priority = Strategische Priorität
kind-breakthrough-objective = Durchbruchsziel
kind-annual-objective = Jahresziel
kind-improvement-priority = Verbesserungspriorität
kind-metric = Kennzahl
kind-scorecard-perspective = Scorecard-Perspektive
kind-scorecard-objective = Scorecard-Ziel
kind-measure = Kennzahl
kind-initiative = Initiative
kind-okr-objective = OKR-Ziel
kind-key-result = Schlüsselergebnis
kind-dependency = Abhängigkeit
kind-decision = Entscheidung
kind-parking-lot-note = Notiz im Themenspeicher
kind-proposal = Vorschlag
kind-dot-vote = Punktabstimmung
kind-confidence-round = Zuversichtsrunde
variant-strong = stark
variant-medium = mittel
variant-weak = schwach
variant-linked = verknüpft
variant-lead = Leitung
variant-core = Kernteam
variant-consulted = beratend
variant-not-started = nicht begonnen
variant-on-track = im Plan
variant-at-risk = gefährdet
variant-late = verspätet
variant-done = erledigt
variant-draft = Entwurf
variant-proposed = vorgeschlagen
variant-agreed = vereinbart
variant-revised = überarbeitet
variant-rejected = abgelehnt
variant-open = offen
variant-achieved = erreicht
variant-partly = teilweise
variant-dropped = verworfen
variant-carried-over = übertragen
variant-bottom-left = unten links
variant-top-left = oben links
variant-top-right = oben rechts
variant-bottom-right = unten rechts
variant-higher-is-better = höher ist besser
variant-lower-is-better = niedriger ist besser
variant-weekly = wöchentlich
variant-monthly = monatlich
variant-quarterly = vierteljährlich
variant-yearly = jährlich
variant-classic = klassisch
variant-taste = TASTE
variant-one-to-ten = 1 bis 10
variant-zero-to-ten = 0 bis 10
variant-value = ein Wert
variant-range = Bereich
variant-metric = Kennzahl
variant-milestone = Meilenstein
variant-ordinal = benannte Stufen
diff-quoted = „{ $text }“
diff-none = (keine)
diff-yes = ja
diff-no = nein
diff-empty = (leer)
diff-entity = { $kind } { $name }
diff-entity-id = { $kind } #{ $id }
diff-plan = Plan
diff-mark = Markierung { $a } × { $b }
diff-role-of = Rolle von { $person } bei { $item }
diff-cause-effect = Ursache → Wirkung { $cause } → { $effect }
diff-muted = stummgeschalteter Befund { $rule }
diff-ballot = Stimmzettel von { $who }
diff-answer = Antwort von { $who }
diff-check-in = Check-in vom { $date }
diff-step = Schritt { $status } vom { $date }
diff-reading = Messwert vom { $date }
diff-period = Periode { $name }
diff-zone = Stufe { $name }
diff-level = Stufe { $name }
diff-added = { $what } hinzugefügt
diff-added-in = { $what } hinzugefügt in { $parent }
diff-removed = { $what } entfernt
diff-removed-in = { $what } entfernt in { $parent }
diff-value-added = { $head }:{ $fields } hinzugefügt ({ $value })
diff-value-removed = { $head }:{ $fields } entfernt
diff-changed = { $head }:{ $fields } { $old } → { $new }
diff-reordered = { $head }:{ $fields } neu geordnet
diff-both-reordered = { $head }: beide Kopien haben die Reihenfolge geändert
diff-removed-but-used = { $what }: auf einer Seite entfernt, auf der anderen noch verwendet
diff-removed-but-changed = { $what }: auf einer Seite entfernt, auf der anderen geändert
diff-head-fields = { $head }: { $fields }
diff-side-removed = entfernt
diff-side-kept = behalten
diff-side-kept-changed = behalten, geändert
diff-revision = Revision { $n }
diff-revision-by = Revision { $n } von { $who }
diff-revision-on = Revision { $n } am { $when }
diff-revision-by-on = Revision { $n } von { $who } am { $when }
diff-second-newer = Kopien eines Plans; die zweite ist neuer ({ $a } → { $b }).
diff-first-newer = Kopien eines Plans; die erste ist neuer ({ $a } → { $b }).
diff-same-revision = Kopien eines Plans, beide bei { $a }.

## Fehler: Dateien, Exporte, Änderungen, Stimmzettel

word-a-folder = ein Ordner
word-a-named-pipe = eine benannte Pipe
word-a-socket = ein Socket
word-a-device = ein Gerät
word-not-a-regular-file = keine reguläre Datei
word-creating-a-temporary-file = das Anlegen einer temporären Datei
word-writing = das Schreiben
word-keeping-the-file-s-permissions = das Übernehmen der Dateirechte
word-flushing-to-disk = das Schreiben auf den Datenträger
word-replacing-the-file = das Ersetzen der Datei
word-creating-the-folder = das Anlegen des Ordners
word-png-picture = PNG-Bild
word-csv-table = CSV-Tabelle
word-file = Datei
word-workbook = Arbeitsmappe
word-pdf-page = PDF-Seite
word-pdf = PDF
word-priority = Priorität
word-thing = Eintrag
word-things = Einträge
word-item = Eintrag
word-items = Einträge
word-dot-vote = Punktabstimmung
word-confidence-round = Zuversichtsrunde
word-scorecard-objective = Scorecard-Ziel
word-okr-objective-or-key-result = OKR-Ziel oder Schlüsselergebnis
word-item-to-mute-a-finding-on = Eintrag, dessen Befund stummgeschaltet werden soll
err-io = { $file } lässt sich nicht lesen: { $source }. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.
err-not-a-file = { $file } ist { $kind }, keine Plandatei. Öffnen Sie eine .plan.ron-Datei.
err-empty = { $file } ist leer und enthält daher keinen Plan. Öffnen Sie eine andere Datei oder beginnen Sie einen neuen Plan.
err-too-large = { $file } hat { $size } Bytes, mehr als die { $limit } Bytes, die eine Plandatei haben darf; es ist wahrscheinlich kein Plan.
err-not-utf8 = { $place }: Die Datei ist kein UTF-8-Text (Byte 0x{ $byte }). Speichern Sie sie als UTF-8 und öffnen Sie sie erneut.
err-syntax = { $place }: { $message }. Korrigieren Sie die Datei an dieser Stelle oder öffnen Sie ihre Sicherung.
err-text = { $place }: { $message }
err-too-deep = { $place }: Die Daten sind tiefer als { $limit } Ebenen verschachtelt, was kein Plan tut; die Datei ist beschädigt oder kein Plan.
err-not-a-plan = { $file } ist kein Catchball-Plan: Oben fehlt format_version (oder sie ist 0). Öffnen Sie eine von Catchball gespeicherte .plan.ron-Datei.
err-newer = { $file } wurde von einer neueren Catchball-Version geschrieben (Format { $found }; diese liest bis { $current }) und enthält Daten, die diese Version nicht kennt ({ $detail }). Aktualisieren Sie Catchball, um sie zu öffnen.
err-invalid = { $place } hat { $count } Problem(e): { $problems }
err-and-more = und { $count } weitere
err-save-io = { $file } lässt sich nicht speichern: { $step } ist fehlgeschlagen ({ $source }). Die Datei auf dem Datenträger ist unverändert; prüfen Sie freien Platz und Rechte des Ordners oder speichern Sie an einem anderen Ort.
err-save-not-a-file = { $file } lässt sich nicht überschreiben: Es ist { $kind }, keine Datei. Speichern Sie an einem anderen Ort.
err-save-serialize = { $file } lässt sich nicht speichern: Der Plan ließ sich nicht als RON schreiben ({ $message }).
err-export-exists = { $file } gibt es bereits. Wählen Sie einen anderen Namen oder ersetzen Sie die Datei (auf der Kommandozeile: --force).
err-export-plan = { $file } wird nicht überschrieben: Es ist der Plan selbst, und Exporte verändern die Plandatei nie. Wählen Sie einen anderen Namen.
err-export-write = { $file } lässt sich nicht schreiben: { $step } ist fehlgeschlagen ({ $source }). Nichts blieb halb geschrieben zurück; prüfen Sie freien Platz und Rechte des Ordners oder wählen Sie einen anderen Ort.
err-export-render = { $what } lässt sich nicht erstellen: { $message }. Das ist ein Fehler in Catchball; der Plan ist unverändert.
err-export-width = Ein PNG kann 16 bis { $max } Pixel breit sein, nicht { $width }.
err-export-not-a-file = { $file } wird nicht überschrieben: Es ist { $kind }, keine Datei. Wählen Sie einen anderen Namen.
err-edit-not-found = { $what } mit der ID { $id } gibt es nicht mehr.
err-edit-range = Position { $index } liegt außerhalb der Liste mit { $len } { $what }.
err-edit-duplicate = Die ID { $id } wird in diesem Plan bereits verwendet.
err-edit-linked = Auf die ID { $id } verweist noch etwas anderes im Plan; lösen Sie diese Verknüpfung zuerst.
word-an-objective-cannot-be-its-own-cause- = Ein Ziel kann nicht seine eigene Ursache sein.
word-the-pass-mark-must-be-between-0-and-1- = Der Mindestwert muss zwischen 0 und 1 liegen.
word-a-perspective-needs-a-name- = Eine Perspektive braucht einen Namen.
err-vote-not-priorities = Die Abstimmung „{ $question }“ betrifft nicht nur Prioritäten (ID { $id } ist etwas anderes): Nur eine Abstimmung über die Prioritäten kann sie neu ordnen.
err-perspective-holds = Die Perspektive „{ $perspective }“ enthält noch { $count } Ziel(e), darunter „{ $name }“; verschieben Sie sie zuerst in eine andere Perspektive.
ballot-no-participant = Geben Sie zuerst ein, wer abstimmt.
ballot-not-a-number = „{ $text }“ ist keine Nummer eines Eintrags; verwenden Sie die Nummern 1 bis { $max } vor den Einträgen.
ballot-no-such-item = Es gibt keinen Eintrag { $n }; die Einträge sind von 1 bis { $max } nummeriert.
ballot-over-budget = { $dots } Punkte, aber jede Person hat { $budget }.
ballot-twice = Höchstens ein Punkt pro Eintrag in dieser Abstimmung; Eintrag { $n } hat mehr bekommen.

## Fehler: weitere Wörter

word-thresholds-must-satisfy-0---amber---green---1- = Die Grenzen müssen 0 ≤ gelb ≤ grün ≤ 1 erfüllen.
word-key-result = Schlüsselergebnis
word-measure = Kennzahl
word-nobody-has-answered-yet--there-is-no-confidence-to-record- = Noch hat niemand geantwortet: Es gibt keine Zuversicht zu erfassen.
word-the-round-is-not-about-any-key-result-that-is-still-there- = Die Runde betrifft kein Schlüsselergebnis, das es noch gibt.
word-x-matrix-item = X-Matrix-Eintrag
word-arm-for-plain-items = Arm für einfache Einträge
word-improvement-priority = Verbesserungspriorität
word-person = Person
word-person-in-the-x-matrix = Person in der X-Matrix

## Strukturelle Probleme eines Plans

val-dup-id = Die ID { $id } wird zweimal verwendet: von { $kind } „{ $name }“ und von { $other_kind } „{ $other_name }“. Geben Sie einem davon eine neue ID.
val-id-zero = { $kind } „{ $name }“ hat die ID 0; IDs beginnen bei 1.
val-subject = { $kind } „{ $name }“ (ID { $id })
val-subject-plan = Der Plan
val-dangling = { $subject } verweist mit „{ $field }“ auf die ID { $id }, die es nicht gibt.
val-wrong-kind = { $subject } verweist mit „{ $field }“ auf { $kind } „{ $name }“ (ID { $id }); erwartet wird: { $expected }.
val-two-marks = Die X-Matrix hat zwei Markierungen zwischen den IDs { $a } und { $b }; behalten Sie eine.
val-two-roles = Person { $person } hat zwei Rollen bei Verbesserungspriorität { $item }; behalten Sie eine.
val-two-columns = Person { $person } hat zwei Spalten in der X-Matrix; behalten Sie eine.

## Prüfregeln mit ihren Kurznamen

rule-vision-too-abstract = eine Vision ohne Zahl oder Jahr
rule-vision-missing = eine fehlende Vision
rule-why-vision = eine Vision ohne Warum
rule-goals-too-many-priorities = zu viele strategische Prioritäten
rule-ownership-priority = Prioritäten ohne Verantwortliche
rule-measurable-priority-without-metric = Prioritäten, die nichts misst
rule-why-priority = Prioritäten ohne Warum
rule-goals-too-many-objectives = zu viele Ziele pro Team
rule-goals-too-many-krs = Ziele mit mehr als 5 Schlüsselergebnissen
rule-measurable-too-few-krs = Ziele mit weniger als 3 Schlüsselergebnissen
rule-ownership-objective = Ziele ohne Verantwortliche
rule-why-objective = Ziele ohne Warum
rule-alignment-orphan-objective = Ziele ohne Verknüpfung zu einer Priorität
rule-ownership-key-result = Schlüsselergebnisse ohne Verantwortliche
rule-outcome-activity = Schlüsselergebnisse, die Aktivitäten sind
rule-progress-moving-away = Schlüsselergebnisse, die sich von ihrem Ziel entfernen
rule-progress-silent-low-confidence = geringe Zuversicht ohne Kommentar
rule-progress-milestone-overdue = überfällige Meilensteine
rule-dependency-unagreed = Abhängigkeiten ohne Zustimmung beider Teams
rule-xmatrix-empty-arm = ein leerer Arm der X-Matrix
rule-xmatrix-breakthrough-without-annual = Durchbruchsziele ohne Jahresziel
rule-xmatrix-annual-without-breakthrough = Jahresziele ohne Durchbruchsziel
rule-xmatrix-priority-without-annual = Verbesserungsprioritäten ohne Jahresziel
rule-xmatrix-metric-without-priority = Kennzahlen ohne Verbesserungspriorität
rule-xmatrix-priority-without-lead = Verbesserungsprioritäten ohne Leitung
rule-xmatrix-priority-several-leads = Verbesserungsprioritäten mit mehreren Leitungen
rule-xmatrix-person-overloaded = überlastete Personen
rule-scorecard-empty-perspective = leere Perspektiven
rule-scorecard-too-many-objectives = zu viele Ziele pro Perspektive
rule-scorecard-metric-overload = zu viele Kennzahlen
rule-scorecard-objective-without-measures = Scorecard-Ziele ohne Kennzahlen
rule-scorecard-objective-without-owner = Scorecard-Ziele ohne Verantwortliche
rule-scorecard-measure-without-target = Kennzahlen ohne Zielwert
rule-scorecard-objective-without-link = Scorecard-Ziele ohne Ursache-Wirkungs-Verknüpfung

## Wie eine Bewertung zustande kam (beim Darüberfahren)

ex-no-check-in = Noch kein Check-in (keine Daten, nicht null).
ex-bands = Jetzt { $current }. Bänder: { $commit }Start { $start } = 0,00, Ziel { $target } = 0,70, Stretch { $stretch } = 1,00; linear dazwischen: { $score }.
ex-commit = Commit { $commit } = 0,30, 
ex-target-equals-start = Ziel gleich Start ({ $target }): jetzt { $current } ergibt { $score }.
ex-formula = { $note ->
    [away] ({ $current } − { $start }) / ({ $target } − { $start }) = { $score }, entfernt sich vom Ziel (zählt als 0,00)
    [beyond] ({ $current } − { $start }) / ({ $target } − { $start }) = { $score }, über dem Ziel hinaus (zählt als 1,00)
   *[none] ({ $current } − { $start }) / ({ $target } − { $start }) = { $score }
}
ex-milestone-done = Meilenstein erledigt: 1,00.
ex-milestone-not-done = Meilenstein noch nicht erledigt: 0,00.
ex-at-level = Auf der Stufe „{ $level }“: { $score }.
ex-no-level = Noch keine Stufe eingecheckt (keine Daten, nicht null).
ex-final = { $score } (endgültig, { $state })
ex-final-given = Endbewertung { $score }, vergeben beim Abschluss der Periode ({ $state }); aus den Schlüsselergebnissen berechnet: { $computed }.
ex-term = { $weight } × { $score } ({ $name })
ex-krs-left-out = { $count ->
    [one] {" "}1 Schlüsselergebnis ohne Check-in bleibt unberücksichtigt.
   *[other] {" "}{ $count } Schlüsselergebnisse ohne Check-in bleiben unberücksichtigt.
}
ex-weighted-mean = Gewichtetes Mittel: ({ $terms }) / { $total } = { $score }.{ $left_out }
ex-no-krs = Noch keine Schlüsselergebnisse.
ex-no-kr-score = Noch hat kein Schlüsselergebnis eine Bewertung.{ $left_out }
ex-no-target = Kein Zielwert gesetzt, daher lässt sich der Fortschritt nicht messen.
ex-no-current = Noch kein aktueller Wert erfasst (keine Daten, nicht null).
ex-no-baseline-not-met = Kein Ausgangswert, und { $current } hat den Zielwert { $target } noch nicht erreicht: Wie weit es ist, lässt sich nicht messen.
ex-in-range = { $current } liegt im Zielbereich { $lo }–{ $hi }: erreicht (1,00).
ex-no-baseline-met = Kein Ausgangswert, aber { $current } erreicht den Zielwert { $target }: 1,00.
ex-target-equals-baseline-met = Zielwert gleich Ausgangswert ({ $baseline }): { $current } erreicht ihn, also { $score }.
ex-target-equals-baseline-not-met = Zielwert gleich Ausgangswert ({ $baseline }): { $current } erreicht ihn nicht, also { $score }.
ex-progress = { $note ->
    [away] ({ $current } − { $baseline }) / ({ $aim } − { $baseline }) = { $score }, entfernt sich vom Zielwert; die Farbe zählt es als 0,00
    [beyond] ({ $current } − { $baseline }) / ({ $aim } − { $baseline }) = { $score }, über dem Zielwert hinaus; die Farbe zählt es als 1,00
   *[none] ({ $current } − { $baseline }) / ({ $aim } − { $baseline }) = { $score }
}
ex-measures-left-out = { $count ->
    [one] {" "}1 Kennzahl ohne Daten, Zielwert oder Ausgangswert bleibt unberücksichtigt.
   *[other] {" "}{ $count } Kennzahlen ohne Daten, Zielwert oder Ausgangswert bleiben unberücksichtigt.
}
ex-no-measures = Noch keine Kennzahlen.
ex-no-measure-score = Noch hat keine Kennzahl eine Bewertung.{ $left_out }
ex-range = { $lo }–{ $hi }

## Wo ein Schlüsselergebnis steht

kr-st-metric = { $start } → { $target }{ $unit }, jetzt { $current }{ $bands }{ $due }
kr-st-bands-both = {" "}(Commit { $commit }, Stretch { $stretch })
kr-st-bands-stretch = {" "}(Stretch { $stretch })
kr-st-due = , fällig am { $due }
kr-st-done = ✓ erledigt
kr-st-not-done = noch nicht erledigt
kr-st-milestone-due = { $state }, fällig am { $due }
kr-st-no-level = noch keine Stufe
kr-st-at = bei „{ $level }“

## Werte, die ein Plan nicht enthalten kann

vp-not-finite = { $what } (ID { $id }) enthält eine Zahl, die nicht endlich ist.
vp-thresholds-scorecard = Die Grenzen der Scorecard müssen 0 ≤ gelb ({ $amber }) ≤ grün ({ $green }) ≤ 1 erfüllen.
vp-thresholds-okr = Die Grenzen der OKRs müssen 0 ≤ gelb ({ $amber }) ≤ grün ({ $green }) ≤ 1 erfüllen.
vp-negative-weight = { $what } (ID { $id }) hat ein negatives Gewicht ({ $weight }); Gewichte sind 0 oder mehr.
vp-range = { $what } (ID { $id }) hat einen Bereich von { $lo } bis { $hi }; der erste Wert darf nicht über dem zweiten liegen.
vp-min-max = { $what } (ID { $id }) hat ein Minimum ({ $lo }) über seinem Maximum ({ $hi }).
vp-pass-mark = Der Mindestwert muss zwischen 0 und 1 liegen.
vp-vision-target = Der Zielwert der Vision „{ $name }“
vp-metric = Die Kennzahl „{ $name }“
vp-measure = Die Kennzahl „{ $name }“
vp-initiative = Die Initiative „{ $name }“
vp-key-result = Das Schlüsselergebnis „{ $name }“
vp-unnamed-level = { $what } (ID { $id }) hat eine Stufe ohne Namen; geben Sie jeder Stufe einen Namen.
vp-outside = { $what } (ID { $id }) hat den Wert { $value } außerhalb seines Bereichs { $lo }–{ $hi }.
vp-final-score = Das Ziel „{ $name }“ (ID { $id }) hat eine Endbewertung außerhalb von 0–1.
vp-missing-level = { $what } (ID { $id }) steht auf einer Stufe, die es nicht hat.
vp-check-in-confidence = { $what } (ID { $id }) hat einen Check-in am { $date } mit Zuversicht { $confidence }; die Skala dieses Plans reicht von { $low } bis { $high }.
vp-period-unnamed = Eine Periode hat keinen Namen; geben Sie jeder Periode einen Namen.
vp-period-twice = Die Periode „{ $name }“ gibt es zweimal; Periodennamen müssen sich unterscheiden.
vp-period-order = Die Periode „{ $name }“ endet ({ $end }), bevor sie beginnt ({ $start }).
vp-vote = Die Abstimmung „{ $question }“ (ID { $id })
vp-vote-over = { $what }: { $who } hat { $given } Punkte vergeben; jede Person hat { $budget }.
vp-vote-foreign = { $what }: { $who } hat einen Punkt auf einen Eintrag gesetzt, der nicht zur Abstimmung gehört.
vp-vote-twice = { $what }: { $who } hat mehr als einen Punkt auf einen Eintrag gesetzt; diese Abstimmung erlaubt einen pro Eintrag.
vp-round-scale = Die Zuversichtsrunde „{ $question }“ (ID { $id }): { $who } hat { $value } geantwortet; die Skala dieses Plans reicht von { $low } bis { $high }.
vp-team-cycle = Das Team „{ $name }“ (ID { $id }) würde sich über seine übergeordneten Teams selbst enthalten; geben Sie ihm ein anderes übergeordnetes Team.

## Texte, die ein Plan nicht enthalten darf

word-plan-title = Plantitel
word-organisation = Organisation
word-facilitator = Moderation
word-horizon = Horizont
word-current-period = aktuelle Periode
word-dependency-note = Notiz zur Abhängigkeit
word-decision = Entscheidung
word-parking-lot-note = Notiz im Themenspeicher
word-vision-statement = Aussage der Vision
word-vision-s-why = Warum der Vision
word-role = Rolle
word-priority-s-why = Warum der Priorität
word-priority-s-horizon = Horizont der Priorität
word-x-matrix-note = Notiz in der X-Matrix
word-mark-s-why = Warum der Markierung
word-scorecard-objective-s-why = Warum des Scorecard-Ziels
word-unit = Einheit
word-okr-objective-s-why = Warum des OKR-Ziels
word-period = Periode
word-check-in-comment = Kommentar zum Check-in
word-reason-for-a-mute = Grund der Stummschaltung
tx-name-of = Name von { $kind }
tx-control = { $what } { $text } enthält ein Steuerzeichen (U+{ $code }). Entfernen Sie es dort.
tx-line-break = { $what } { $text } enthält einen Zeilenumbruch; es muss eine Zeile sein (U+{ $code }). Entfernen Sie ihn dort.
tx-too-long = { $what } { $text } ist { $length } Zeichen lang; höchstens { $max } werden behalten. Kürzen Sie es dort.
round-no-participant = Geben Sie zuerst ein, wer antwortet.
round-off-scale = { $value } liegt außerhalb der Skala dieses Plans von { $low } bis { $high }.

## Die Hilfe der Kommandozeile (--help)

clap-about = Moderierte Strategieworkshops: Vision, Prioritäten, X-Matrix, Scorecard und OKRs in einer Plandatei.
clap-lang = Die Sprache (en, de); ohne Angabe die des Systems (LANG), sonst Englisch.
clap-file = Eine .plan.ron-Datei zum Öffnen; ohne Angabe die zuletzt geöffnete (beim ersten Start das Beispiel).
clap-check = Eine Plandatei prüfen. Exit 0 = ohne Befund, 1 = Befunde, 2 = nicht lesbar.
clap-check-file = Die Plandatei (.plan.ron).
clap-json = Das Ergebnis als JSON auf stdout ausgeben.
clap-as-of = Überfälliges zu diesem Tag (JJJJ-MM-TT) statt zu heute beurteilen.
clap-score = Jeder bewertete Eintrag (Kennzahlen, Scorecard-Ziele und -Perspektiven, Schlüsselergebnisse, OKR-Ziele, Teams) mit Zahl und Status. Exit 0, oder 2, wenn die Datei sich nicht laden lässt.
clap-score-json = Ein JSON-Array aus { "{" }id, name, kind, progress, status{ "}" } auf stdout ausgeben.
clap-fmt = Eine Plandatei in kanonischer Form neu schreiben, mit demselben atomaren Speichern wie die App.
clap-export = Einen Plan für Kolleginnen und Kollegen ohne Catchball exportieren; ändert den Plan nie.
clap-export-long = Einen Plan für Kolleginnen und Kollegen ohne Catchball exportieren; ändert den Plan nie.
    
    Eine Webseite (html), ein PDF mit der X-Matrix auf A3, eine Excel-Arbeitsmappe (xlsx), CSV-Tabellen, eine Markdown-Zusammenfassung oder ein Bild der X-Matrix oder der Strategielandkarte (svg, png).
clap-export-format = Was erstellt werden soll.
clap-export-output = Wohin geschrieben wird (Standard: neben den Plan, nach ihm benannt). Bei CSV bekommt ein Ordner eine Datei pro Tabelle und eine .csv-Datei die Schlüsselergebnisse.
clap-export-force = Die Ausgabe ersetzen, falls sie existiert.
clap-export-view = Welche Zeichnung ein SVG oder PNG zeigt.
clap-export-width = Breite eines PNG in Pixeln.
clap-diff = Die Änderungen zwischen zwei Kopien eines Plans benennen. Exit 0 = gleich, 1 = verschieden, 2 = Fehler.
clap-diff-long = Die Änderungen zwischen zwei Kopien eines Plans benennen. Exit 0 = gleich, 1 = verschieden, 2 = Fehler.
    
    Auch als externes Diff für git: `git config diff.catchball.command "catchball diff"`.
clap-diff-files = Der ältere und der neuere Plan (oder die sieben Argumente von gits externem Diff).
clap-diff-json = Die Änderungen als JSON auf stdout ausgeben.
clap-merge = Zwei Kopien eines Plans anhand der IDs zusammenführen. Exit 0 = zusammengeführt, 1 = Konflikte (nichts geschrieben, außer --take entscheidet sie), 2 = eine Eingabe ist nicht lesbar.
clap-merge-long = Zwei Kopien eines Plans anhand der IDs zusammenführen. Exit 0 = zusammengeführt, 1 = Konflikte (nichts geschrieben, außer --take entscheidet sie), 2 = eine Eingabe ist nicht lesbar.
    
    Auch als Merge-Treiber für git: `git config merge.catchball.driver "catchball merge %O %A %B -o %A"`.
clap-merge-base = Die Fassung, von der beide Kopien ausgingen (eine leere Datei: keine).
clap-merge-ours = Unsere Kopie.
clap-merge-theirs = Ihre Kopie.
clap-merge-output = Wohin der zusammengeführte Plan geschrieben wird.
clap-merge-take = Jeden Konflikt zugunsten einer Seite entscheiden.
clap-merge-different = Kopien verschiedener Pläne zusammenführen (verschiedene Plan-IDs): Jeder Unterschied ist ein Konflikt.
clap-demo = Einen Beispielplan schreiben (small: der mitgelieferte Workshop; large: der Plan einer großen Organisation; huge: viermal large).
clap-demo-size = Wie groß der Plan ist.
clap-demo-output = Wohin er geschrieben wird.

## Das Fenster lässt sich nicht öffnen

app-no-window = Catchball konnte sein Fenster nicht öffnen: { $error }

## Bilder und ihre Wörter

fig-title = { $plan } — { $what }
fig-xmatrix = X-Matrix
fig-map = Strategielandkarte
fig-xmatrix-of = X-Matrix von { $plan }
fig-map-of = Strategielandkarte von { $plan }
fig-lint-note = ⚠ markiert einen Eintrag, zu dem die Ausrichtungsprüfung einen Befund hat (siehe Prüfung).
fig-no-objectives = Noch keine Scorecard-Ziele.
fig-cell-mark = { $row } × { $col }: { $state }
md-figure-xmatrix = Die X-Matrix ist eine Zeichnung: siehe den PDF- oder HTML-Export, oder exportieren Sie sie als Bild (SVG oder PNG).
md-figure-map = Die Strategielandkarte ist eine Zeichnung: siehe den PDF- oder HTML-Export, oder exportieren Sie sie als Bild (SVG oder PNG).

## Berichte: Hinweise zur X-Matrix

rep-marks = Markierungen: ● stark, ○ mittel, △ schwach. Personen: ● Leitung, ○ Kernteam, △ beratend.
rep-marks-linked = Markierungen: ● stark, ○ mittel, △ schwach, ✓ verknüpft, nicht bewertet. Personen: ● Leitung, ○ Kernteam, △ beratend.
rep-xmatrix-first-page = Die X-Matrix steht auf der ersten Seite (A3).

## Die Hilfe der Kommandozeile: der Rahmen von clap

clap-usage = Aufruf: { $usage }
clap-commands = Befehle
clap-arguments = Argumente
clap-options = Optionen
clap-help = Hilfe zeigen
clap-version = Version zeigen

## Der Bewertungsbalken eines OKR

okr-bar-hint = { $name }: { $explain }
    Rot unter { $amber }, gelb unter { $green }, darüber grün; die Linie markiert 0,7, den idealen Bereich für Stretch-Ziele.

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
