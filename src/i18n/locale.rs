//! The locales the app speaks, with what the screen needs to know about each.

use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    Nb,
    En,
    Ar,
    Ti,
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
    /// In the order of the language screen.
    pub const ALL: [Locale; 4] = [Locale::Ar, Locale::Ti, Locale::En, Locale::Nb];

    /// BCP 47 code, as used in `lang` and in the locales folder.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nb => "nb",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Ti => "ti",
        }
    }

    pub fn parse(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself: what a person looks for on the language screen.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Nb => "Norsk bokmål",
            Locale::En => "English",
            Locale::Ar => "العربية",
            Locale::Ti => "ትግርኛ",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::Nb => unic_langid::langid!("nb"),
            Locale::En => unic_langid::langid!("en"),
            Locale::Ar => unic_langid::langid!("ar"),
            Locale::Ti => unic_langid::langid!("ti"),
        }
    }
}
