//! Every audit rule by id, with the short name people use for it ("objectives without an
//! owner"): shown when a whole rule is muted, and listed by `RULES` for tests.

/// (rule id, short name), in the order the audit runs them.
pub const RULES: [(&str, &str); 34] = [
    ("vision.too-abstract", "a vision without a number or a year"),
    ("vision.missing", "a missing vision"),
    ("why.vision", "a vision without a why"),
    ("goals.too-many-priorities", "too many strategic priorities"),
    ("ownership.priority", "priorities without an owner"),
    (
        "measurable.priority-without-metric",
        "priorities nothing measures",
    ),
    ("why.priority", "priorities without a why"),
    ("goals.too-many-objectives", "too many objectives per team"),
    (
        "goals.too-many-krs",
        "objectives with more than 5 key results",
    ),
    (
        "measurable.too-few-krs",
        "objectives with fewer than 3 key results",
    ),
    ("ownership.objective", "objectives without an owner"),
    ("why.objective", "objectives without a why"),
    (
        "alignment.orphan-objective",
        "objectives not linked to a priority",
    ),
    ("ownership.key-result", "key results without an owner"),
    ("outcome.activity", "key results that are activities"),
    (
        "progress.moving-away",
        "key results moving away from their target",
    ),
    (
        "progress.silent-low-confidence",
        "low confidence without a comment",
    ),
    ("progress.milestone-overdue", "overdue milestones"),
    (
        "dependency.unagreed",
        "dependencies not agreed by both teams",
    ),
    ("xmatrix.empty-arm", "an empty X-matrix arm"),
    (
        "xmatrix.breakthrough-without-annual",
        "breakthrough objectives without an annual objective",
    ),
    (
        "xmatrix.annual-without-breakthrough",
        "annual objectives without a breakthrough objective",
    ),
    (
        "xmatrix.priority-without-annual",
        "improvement priorities without an annual objective",
    ),
    (
        "xmatrix.metric-without-priority",
        "metrics without an improvement priority",
    ),
    (
        "xmatrix.priority-without-lead",
        "improvement priorities without a lead",
    ),
    (
        "xmatrix.priority-several-leads",
        "improvement priorities with several leads",
    ),
    ("xmatrix.person-overloaded", "overloaded people"),
    ("scorecard.empty-perspective", "empty perspectives"),
    (
        "scorecard.too-many-objectives",
        "too many objectives per perspective",
    ),
    ("scorecard.metric-overload", "too many measures"),
    (
        "scorecard.objective-without-measures",
        "scorecard objectives without measures",
    ),
    (
        "scorecard.objective-without-owner",
        "scorecard objectives without an owner",
    ),
    (
        "scorecard.measure-without-target",
        "measures without a target",
    ),
    (
        "scorecard.objective-without-link",
        "scorecard objectives without a cause→effect link",
    ),
];

/// The short name of a rule in the current language, or its id when it has none.
pub fn rule_title(rule: &str) -> String {
    let english = RULES
        .iter()
        .find(|(id, _)| *id == rule)
        .map_or(rule, |(_, title)| title);
    crate::i18n::text_or(&format!("rule-{}", crate::i18n::slug(rule)), english)
}
