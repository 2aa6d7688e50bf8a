//! Where a copy of a plan comes from: the plan's id, set once when the plan is created and kept
//! by every copy, and the revision each save counts up, with who saved it when. Two files with
//! the same plan id are copies of one plan; the higher revision is the newer.

use jiff::civil::DateTime;
use serde::{Deserialize, Serialize};
use std::hash::{BuildHasher, Hasher};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Lineage {
    /// 32 hex digits, random; the same in every copy of the plan.
    pub plan_id: String,
    pub revision: u64,
    /// The name of whoever saved this revision.
    pub saved_by: String,
    pub saved_at: Option<DateTime>,
}

/// A fresh random plan id: 128 bits from the standard library's randomly seeded hasher (no
/// cryptographic strength needed, only that two plans never share one).
pub fn new_plan_id() -> String {
    let half = |salt: u64| {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(salt);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        h.finish()
    };
    format!("{:016x}{:016x}", half(1), half(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_ids_are_32_hex_digits_and_differ() {
        let (a, b) = (new_plan_id(), new_plan_id());
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
