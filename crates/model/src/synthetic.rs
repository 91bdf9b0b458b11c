//! Synthetic profiles for demos, tests and benchmarks. Deterministic from a seed; every name is
//! made of invented syllables, so no real person is ever described.

use crate::profile::{Draft, Profile, SPOKEN_LANGUAGE_CHOICES};

/// SplitMix64: tiny, deterministic, good enough to spread test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const LATIN: &[&str] = &["ka", "lo", "mi", "sa", "ne", "ru", "ta", "vo", "ze", "di"];
const ARABIC: &[&str] = &["سا", "لي", "مو", "نا", "را", "دي", "كو", "زا"];
const ETHIOPIC: &[&str] = &["ሰ", "ላ", "ሚ", "ና", "ሩ", "ቶ", "ዘ", "ዲ"];

fn word(rng: &mut Rng, syllables: &[&str]) -> String {
    (0..2 + rng.below(2)).map(|_| rng.pick(syllables)).collect()
}

/// `n` valid synthetic profiles.
pub fn profiles(seed: u64, n: usize, current_year: u16) -> Vec<Profile> {
    let mut rng = Rng(seed);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let (script, locale) = match rng.below(3) {
            0 => (LATIN, "en"),
            1 => (ARABIC, "ar"),
            _ => (ETHIOPIC, "ti"),
        };
        let mut draft = Draft {
            locale: locale.into(),
            name: format!("{} {}", word(&mut rng, script), word(&mut rng, script)),
            year_of_birth: (current_year - 18 - rng.below(50) as u16).to_string(),
            languages: vec![],
            updated_at_ms: 0,
            id: None,
        };
        for _ in 0..1 + rng.below(3) {
            draft.toggle_language(rng.pick(SPOKEN_LANGUAGE_CHOICES));
        }
        if let Ok(profile) = draft.finalize(current_year) {
            out.push(profile);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_are_valid_deterministic_and_varied() {
        let a = profiles(7, 50, 2026);
        assert_eq!(a.len(), 50);
        assert_eq!(a, profiles(7, 50, 2026));
        assert_ne!(a, profiles(8, 50, 2026));
        let scripts: std::collections::HashSet<_> = a
            .iter()
            .map(|p| p.written_in().as_str().to_owned())
            .collect();
        assert_eq!(scripts.len(), 3);
    }
}
