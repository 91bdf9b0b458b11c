//! The locales the app speaks, with what the screen needs to know about each. The same facts
//! are listed for people in `locales/languages.toml`; a test keeps the two in agreement.

use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    Ar,
    Ti,
    Uk,
    Ru,
    Prs,
    Fa,
    Ps,
    So,
    Am,
    Ckb,
    Kmr,
    Tr,
    Fr,
    Sw,
    En,
    Nb,
}

/// The digits a locale writes numbers with (CLDR's default numbering system).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digits {
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩ (CLDR `arab`): Arabic, Sorani.
    ArabicIndic,
    /// ۰۱۲۳۴۵۶۷۸۹ (CLDR `arabext`): Persian, Dari, Pashto.
    Persian,
}

impl Digits {
    pub fn as_str(self) -> &'static str {
        match self {
            Digits::Latin => "latn",
            Digits::ArabicIndic => "arab",
            Digits::Persian => "arabext",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// In the order of the language screen: the largest groups of arrivals first.
    pub const ALL: [Locale; 16] = [
        Locale::Ar,
        Locale::Ti,
        Locale::Uk,
        Locale::Ru,
        Locale::Prs,
        Locale::Fa,
        Locale::Ps,
        Locale::So,
        Locale::Am,
        Locale::Ckb,
        Locale::Kmr,
        Locale::Tr,
        Locale::Fr,
        Locale::Sw,
        Locale::En,
        Locale::Nb,
    ];

    /// BCP 47 code, as used in `lang` and in the locales folder.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Ti => "ti",
            Locale::Uk => "uk",
            Locale::Ru => "ru",
            Locale::Prs => "prs",
            Locale::Fa => "fa",
            Locale::Ps => "ps",
            Locale::So => "so",
            Locale::Am => "am",
            Locale::Ckb => "ckb",
            Locale::Kmr => "kmr",
            Locale::Tr => "tr",
            Locale::Fr => "fr",
            Locale::Sw => "sw",
            Locale::En => "en",
            Locale::Nb => "nb",
        }
    }

    pub fn parse(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself: what a person looks for on the language screen.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Ti => "ትግርኛ",
            Locale::Uk => "Українська",
            Locale::Ru => "Русский",
            Locale::Prs => "دری",
            Locale::Fa => "فارسی",
            Locale::Ps => "پښتو",
            Locale::So => "Soomaali",
            Locale::Am => "አማርኛ",
            Locale::Ckb => "کوردی (سۆرانی)",
            Locale::Kmr => "Kurmancî",
            Locale::Tr => "Türkçe",
            Locale::Fr => "Français",
            Locale::Sw => "Kiswahili",
            Locale::En => "English",
            Locale::Nb => "Norsk bokmål",
        }
    }

    /// "Choose your language" in the language itself (its `language-title`, taken from
    /// `locales/<code>/main.ftl` at build time), for the first screen's heading, which every
    /// person must be able to read before choosing.
    pub fn choose_title(self) -> &'static str {
        self.of(CHOOSE_TITLES)
    }

    /// "My language is not here" in this locale (its `language-missing`, taken at build time),
    /// for the first screen beside the heading.
    pub fn missing_label(self) -> &'static str {
        self.of(MISSING_LABELS)
    }

    fn of(self, table: &[(&str, &'static str)]) -> &'static str {
        table
            .iter()
            .find(|(code, _)| *code == self.code())
            .map_or("", |(_, text)| text)
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar | Locale::Fa | Locale::Prs | Locale::Ps | Locale::Ckb => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    pub fn digits(self) -> Digits {
        match self {
            Locale::Ar | Locale::Ckb => Digits::ArabicIndic,
            Locale::Fa | Locale::Prs | Locale::Ps => Digits::Persian,
            _ => Digits::Latin,
        }
    }

    /// The speech-synthesis voice to ask the device for.
    pub fn voice(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Ti => "ti-ER",
            Locale::Uk => "uk-UA",
            Locale::Ru => "ru-RU",
            Locale::Prs => "fa-AF",
            Locale::Fa => "fa-IR",
            Locale::Ps => "ps-AF",
            Locale::So => "so-SO",
            Locale::Am => "am-ET",
            Locale::Ckb => "ckb-IQ",
            Locale::Kmr => "ku-TR",
            Locale::Tr => "tr-TR",
            Locale::Fr => "fr-FR",
            Locale::Sw => "sw-KE",
            Locale::En => "en-GB",
            Locale::Nb => "nb-NO",
        }
    }

    /// The locale whose CLDR plural rules Fluent applies: Dari follows Persian, Kurmanji
    /// follows CLDR's Kurdish (`ku`), which have the same rules and which the plural-rules
    /// library knows.
    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::Ar => unic_langid::langid!("ar"),
            Locale::Ti => unic_langid::langid!("ti"),
            Locale::Uk => unic_langid::langid!("uk"),
            Locale::Ru => unic_langid::langid!("ru"),
            Locale::Prs => unic_langid::langid!("fa"),
            Locale::Fa => unic_langid::langid!("fa"),
            Locale::Ps => unic_langid::langid!("ps"),
            Locale::So => unic_langid::langid!("so"),
            Locale::Am => unic_langid::langid!("am"),
            Locale::Ckb => unic_langid::langid!("ckb"),
            Locale::Kmr => unic_langid::langid!("ku"),
            Locale::Tr => unic_langid::langid!("tr"),
            Locale::Fr => unic_langid::langid!("fr"),
            Locale::Sw => unic_langid::langid!("sw"),
            Locale::En => unic_langid::langid!("en"),
            Locale::Nb => unic_langid::langid!("nb"),
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/choose_titles.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    /// The first screen's heading in each language is that locale's `language-title`.
    #[test]
    fn the_heading_in_every_language_is_the_locale_s_own() {
        for locale in Locale::ALL {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../locales")
                .join(locale.code())
                .join("main.ftl");
            let text = std::fs::read_to_string(path).unwrap();
            let title = text
                .lines()
                .find_map(|l| l.strip_prefix("language-title = "))
                .unwrap();
            assert_eq!(locale.choose_title(), title.trim(), "{}", locale.code());
            let missing = text
                .lines()
                .find_map(|l| l.strip_prefix("language-missing = "))
                .unwrap();
            assert_eq!(locale.missing_label(), missing.trim(), "{}", locale.code());
        }
    }

    /// `locales/languages.toml` and this file say the same.
    #[test]
    fn the_locale_list_for_people_matches_the_app() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/languages.toml");
        let text = std::fs::read_to_string(path).unwrap();
        let listed: Vec<Vec<(String, String)>> = text
            .split("[[locale]]")
            .skip(1)
            .map(|block| {
                block
                    .lines()
                    .filter_map(|l| l.split_once(" = "))
                    .map(|(k, v)| (k.trim().to_owned(), v.trim().trim_matches('"').to_owned()))
                    .collect()
            })
            .collect();
        assert_eq!(listed.len(), Locale::ALL.len());
        for (locale, fields) in Locale::ALL.into_iter().zip(&listed) {
            let get = |k: &str| {
                fields
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.as_str())
            };
            assert_eq!(get("code"), Some(locale.code()));
            assert_eq!(get("endonym"), Some(locale.endonym()));
            assert_eq!(get("direction"), Some(locale.direction().as_str()));
            assert_eq!(get("voice"), Some(locale.voice()));
            assert_eq!(get("digits"), Some(locale.digits().as_str()));
            assert_eq!(get("plural"), Some(locale.langid().to_string().as_str()));
            assert_eq!(
                get("status"),
                None,
                "counted by cargo xtask i18n, not typed"
            );
        }
        let dirs = std::fs::read_dir(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales"),
        )
        .unwrap()
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().is_dir()))
        .count();
        assert_eq!(
            dirs,
            Locale::ALL.len(),
            "a folder under locales/ for each locale, no other"
        );
    }
}
