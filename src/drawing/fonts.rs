//! The bundled DejaVu Sans fonts and their metrics: how wide a line of text is and how text
//! wraps, so a drawing comes out the same on screen, in SVG, PNG and PDF. No egui here.

use std::sync::OnceLock;

/// DejaVu Sans: readable when projected, wide Unicode coverage, and it has the glyphs ● ○ △ ⚠.
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// The family name to ask for in SVG and HTML, with fallbacks for machines without it.
pub const FAMILY: &str = "DejaVu Sans, Verdana, Arial, sans-serif";

/// A font of this system with Chinese, Japanese and Korean characters (Noto Sans CJK, Source Han,
/// `WenQuanYi`…), found once through fontconfig: the bundled DejaVu has none. Its bytes and the
/// face's index in the file; `None` when the system has no such font.
pub fn cjk_fallback() -> Option<&'static (Vec<u8>, u32)> {
    static FONT: OnceLock<Option<(Vec<u8>, u32)>> = OnceLock::new();
    FONT.get_or_init(find_cjk).as_ref()
}

fn find_cjk() -> Option<(Vec<u8>, u32)> {
    use resvg::usvg::fontdb;
    const FAMILIES: [&str; 8] = [
        "Noto Sans CJK",
        "Source Han Sans",
        "WenQuanYi",
        "Droid Sans Fallback",
        "Noto Sans SC",
        "Noto Sans JP",
        "Noto Sans KR",
        "AR PL",
    ];
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    let mut candidates: Vec<(usize, bool, fontdb::ID)> = db
        .faces()
        .filter_map(|f| {
            let name = f
                .families
                .first()
                .map(|(n, _)| n.as_str())
                .unwrap_or_default();
            let rank = FAMILIES.iter().position(|w| name.starts_with(w))?;
            // Prefer the plain (not bold, not italic) face of the best family.
            let plain = f.weight == fontdb::Weight::NORMAL && f.style == fontdb::Style::Normal;
            Some((rank, !plain, f.id))
        })
        .collect();
    candidates.sort_by_key(|&(rank, not_plain, _)| (rank, not_plain));
    candidates.into_iter().find_map(|(_, _, id)| {
        db.with_face_data(id, |data, index| {
            let face = ttf_parser::Face::parse(data, index).ok()?;
            // It must really hold the characters: 中 (Chinese), あ (Japanese), 한 (Korean).
            ['中', 'あ', '한']
                .iter()
                .all(|&c| face.glyph_index(c).is_some())
                .then(|| (data.to_vec(), index))
        })
        .flatten()
    })
}

/// A space that never breaks a line.
pub const NBSP: char = '\u{a0}';

/// Line height as a multiple of the font size (DejaVu's ascender + descender).
const LINE: f32 = 1.17;
/// Ascender as a multiple of the font size: the baseline's distance from a line's top.
const ASCENT: f32 = 0.93;

struct Face {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
}

fn faces() -> &'static [Option<Face>; 2] {
    static FACES: OnceLock<[Option<Face>; 2]> = OnceLock::new();
    FACES.get_or_init(|| {
        let parse = |bytes: &'static [u8]| {
            ttf_parser::Face::parse(bytes, 0).ok().map(|face| Face {
                units_per_em: f32::from(face.units_per_em()),
                face,
            })
        };
        [parse(REGULAR), parse(BOLD)]
    })
}

/// Width of a character the font lacks: CJK and other wide characters take a full em.
fn fallback_advance(c: char) -> f32 {
    if unicode_wide(c) { 1.0 } else { 0.6 }
}

fn unicode_wide(c: char) -> bool {
    matches!(
        u32::from(c),
        0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD
    )
}

/// Width of one line of `text` at `size` points.
pub fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    let face = faces()[usize::from(bold)].as_ref();
    let em: f32 = text
        .chars()
        .map(|c| {
            face.and_then(|f| {
                let glyph = f.face.glyph_index(c)?;
                f.face
                    .glyph_hor_advance(glyph)
                    .map(|a| f32::from(a) / f.units_per_em)
            })
            .unwrap_or_else(|| fallback_advance(c))
        })
        .sum();
    em * size
}

/// Distance from one line's top to the next.
pub fn line_height(size: f32) -> f32 {
    size * LINE
}

/// Distance from a line's top to its baseline.
pub fn ascent(size: f32) -> f32 {
    size * ASCENT
}

/// One line of plain text: control characters and line breaks become spaces.
pub fn single_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Splits `text` into words, each with whether a space came before it. A hyphen or slash
/// between letters ends a word too (it stays with the word), so "cross-team" can break after
/// "cross-" while "2027-03-31" and "−40" stay whole.
pub fn words(text: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut space_before = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() && c != NBSP {
            if !current.is_empty() {
                out.push((space_before, std::mem::take(&mut current)));
            }
            space_before = !out.is_empty();
            continue;
        }
        let after_letter = current.chars().last().is_some_and(char::is_alphabetic);
        current.push(c);
        let before_letter = chars.peek().is_some_and(|n| n.is_alphabetic());
        if matches!(c, '-' | '/' | '–') && after_letter && before_letter {
            out.push((space_before, std::mem::take(&mut current)));
            space_before = false;
        }
    }
    if !current.is_empty() {
        out.push((space_before, current));
    }
    out
}

/// Breaks a word that is wider than a line into pieces that fit.
fn split_word(word: &str, size: f32, bold: bool, max_width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for c in word.chars() {
        piece.push(c);
        if piece.chars().count() > 1 && text_width(&piece, size, bold) > max_width {
            piece.pop();
            pieces.push(std::mem::take(&mut piece));
            piece.push(c);
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// Shortens `line` with "…" until it fits `max_width`.
pub fn ellipsize(line: &str, size: f32, bold: bool, max_width: f32) -> String {
    if text_width(line, size, bold) <= max_width {
        return line.to_owned();
    }
    let mut chars: Vec<char> = line.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let candidate: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
        if text_width(&candidate, size, bold) <= max_width {
            return candidate;
        }
    }
    "…".to_owned()
}

/// Wraps `text` into at most `max_lines` lines no wider than `max_width`, breaking between
/// words (and inside a word only when it alone is too wide). What does not fit ends in "…".
pub fn wrap(text: &str, size: f32, bold: bool, max_width: f32, max_lines: usize) -> Vec<String> {
    if max_lines == 0 {
        return Vec::new();
    }
    let text = single_line(text);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (space, word) in words(&text) {
        let joined = if line.is_empty() {
            word.clone()
        } else if space {
            format!("{line} {word}")
        } else {
            format!("{line}{word}")
        };
        if text_width(&joined, size, bold) <= max_width {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if text_width(&word, size, bold) <= max_width {
            line = word;
        } else {
            let mut pieces = split_word(&word, size, bold, max_width);
            line = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines - 1).join(" ");
        lines.push(ellipsize(&(rest + " …"), size, bold, max_width));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_system_cjk_font_is_found_when_one_is_installed() {
        // The README's install line and CI install fonts-noto-cjk.
        let (bytes, index) = cjk_fallback().expect("a CJK font (fonts-noto-cjk) is installed");
        let face = ttf_parser::Face::parse(bytes, *index).unwrap();
        assert!(face.glyph_index('战').is_some());
    }

    #[test]
    fn widths_grow_with_text_and_size_and_bold() {
        let a = text_width("Grow revenue", 10.0, false);
        assert!(a > 40.0 && a < 90.0, "{a}");
        assert!((text_width("Grow revenue", 20.0, false) - 2.0 * a).abs() < 0.01);
        assert!(text_width("Grow revenue", 10.0, true) > a);
        assert!(text_width("", 10.0, false).abs() < f32::EPSILON);
    }

    #[test]
    fn wrapping_breaks_between_words_and_keeps_every_word() {
        let text = "Cut scope 1 and 2 emissions of the whole fleet by forty percent";
        let lines = wrap(text, 12.0, false, 120.0, 10);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(text_width(l, 12.0, false) <= 120.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_long_german_compound_breaks_inside_the_word() {
        let word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze";
        let lines = wrap(word, 12.0, false, 80.0, 10);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn text_beyond_the_last_line_ends_in_an_ellipsis() {
        let lines = wrap(&"word ".repeat(50), 12.0, false, 100.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert!(text_width(&lines[1], 12.0, false) <= 100.0);
    }

    #[test]
    fn dates_and_numbers_do_not_break_at_their_hyphens() {
        let words: Vec<String> = words("due 2027-03-31, −40 % cross-team")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(words, ["due", "2027-03-31,", "−40", "%", "cross-", "team"]);
    }

    #[test]
    fn hyphens_are_break_points_and_newlines_become_spaces() {
        let lines = wrap("cross-team\ndependency", 12.0, false, 50.0, 5);
        assert_eq!(lines.first().map(String::as_str), Some("cross-"));
        assert!(lines.iter().all(|l| !l.contains('\n')));
    }
}
