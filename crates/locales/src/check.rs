//! The rules a translation keeps: it parses as Fluent, and it uses exactly the variables of
//! the Norwegian source (a missing `$count` loses a number; an unknown one shows an error in
//! the resident's page). `cargo xtask i18n` checks the shipped files with these functions, and
//! the server checks a reviewer's correction with them.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use std::collections::BTreeSet;
use std::fmt;

/// One message of a Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    /// The value as Fluent source (what follows `id = `), continuation lines indented.
    pub text: String,
    /// The variables it uses, in its value and its attributes.
    pub variables: BTreeSet<String>,
}

/// Every message of a Fluent file, in order; the parser's errors (line and kind) if it has
/// any.
pub fn parse(source: &str) -> Result<Vec<Message>, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let first = errors.first().map(|e| format!("{:?}", e.kind));
        format!(
            "{} syntax errors, first: {}",
            errors.len(),
            first.unwrap_or_default()
        )
    })?;
    Ok(resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m),
            _ => None,
        })
        .map(|mut m| {
            // A comment before a message belongs to the file, not to what is translated.
            m.comment = None;
            let mut variables = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut variables);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut variables);
            }
            let id = m.id.name.to_owned();
            let full = fluent_syntax::serializer::serialize(&Resource {
                body: vec![Entry::Message(m)],
            });
            let text = full
                .strip_prefix(&format!("{id} ="))
                .unwrap_or(&full)
                .trim_start_matches(' ')
                .trim_end()
                .to_owned();
            Message {
                id,
                text,
                variables,
            }
        })
        .collect())
}

/// Why a translation was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing but white space.
    Empty,
    /// Longer than [`MAX_CHARS`].
    TooLong,
    /// A control character (a line break is fine; a NUL, a tab or an escape is not).
    ControlCharacter,
    /// Not valid Fluent (the parser's words).
    Syntax(String),
    /// More than the one message (a line that starts a new `id = ...`).
    NotOneMessage,
    /// The source uses `$name`; the translation does not.
    MissingVariable(String),
    /// The translation uses `$name`; the source does not.
    UnknownVariable(String),
}

impl Problem {
    /// A stable code for the API (`syntax`, `missing_variable`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::TooLong => "too_long",
            Problem::ControlCharacter => "control_character",
            Problem::Syntax(_) => "syntax",
            Problem::NotOneMessage => "not_one_message",
            Problem::MissingVariable(_) => "missing_variable",
            Problem::UnknownVariable(_) => "unknown_variable",
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Empty => write!(f, "the text is empty"),
            Problem::TooLong => write!(f, "the text is longer than {MAX_CHARS} characters"),
            Problem::ControlCharacter => write!(f, "the text holds a control character"),
            Problem::Syntax(e) => write!(f, "not valid Fluent: {e}"),
            Problem::NotOneMessage => write!(f, "the text holds more than one message"),
            Problem::MissingVariable(v) => write!(f, "the source's {{ ${v} }} is missing"),
            Problem::UnknownVariable(v) => write!(f, "{{ ${v} }} is not in the source"),
        }
    }
}

/// The longest translation kept (the longest shipped message is well under a tenth of it).
pub const MAX_CHARS: usize = 4000;

/// Checks `text`, a translation of message `id` whose source uses `source_variables`; the
/// text as it is kept (trimmed, every line after the first indented as Fluent needs).
pub fn translation(
    id: &str,
    source_variables: &BTreeSet<String>,
    text: &str,
) -> Result<String, Problem> {
    if text.chars().count() > MAX_CHARS {
        return Err(Problem::TooLong);
    }
    let text = text.replace("\r\n", "\n");
    if text.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Problem::ControlCharacter);
    }
    let text = indented(&text);
    if text.is_empty() {
        return Err(Problem::Empty);
    }
    let messages = parse(&format!("{id} = {text}\n")).map_err(Problem::Syntax)?;
    let [message] = messages.as_slice() else {
        return Err(Problem::NotOneMessage);
    };
    if message.id != id {
        return Err(Problem::NotOneMessage);
    }
    if let Some(v) = source_variables.difference(&message.variables).next() {
        return Err(Problem::MissingVariable(v.clone()));
    }
    if let Some(v) = message.variables.difference(source_variables).next() {
        return Err(Problem::UnknownVariable(v.clone()));
    }
    Ok(text)
}

/// `source` (a Fluent file) with the value of each message named in `texts` replaced by its
/// text there (Fluent, continuation lines indented); every other line as it was, comments and
/// blank lines included. The result is parsed back and each replaced message compared: an
/// error names the first that did not come out as given.
pub fn replace_values(
    source: &str,
    texts: &std::collections::BTreeMap<String, String>,
) -> Result<String, String> {
    let mut out = String::with_capacity(source.len());
    let mut lines = source.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let named = line
            .split_once(" =")
            .filter(|(id, _)| !id.starts_with([' ', '#']))
            .and_then(|(id, _)| texts.get_key_value(id));
        let Some((id, text)) = named else {
            out.push_str(line);
            continue;
        };
        // The old value's continuation lines are indented.
        while lines.peek().is_some_and(|l| l.starts_with(' ')) {
            lines.next();
        }
        out.push_str(&format!("{id} = {text}\n"));
    }
    let parsed = parse(&out)?;
    for (id, text) in texts {
        if !parsed
            .iter()
            .any(|m| &m.id == id && m.text.trim() == text.trim())
        {
            return Err(format!("{id} did not come out as given"));
        }
    }
    Ok(out)
}

/// Trimmed, with every line after the first indented by four spaces (a reviewer types the
/// lines of a select expression as they see them).
fn indented(text: &str) -> String {
    let mut lines = text.trim().lines();
    let mut out = lines.next().unwrap_or_default().trim_end().to_owned();
    for line in lines {
        out.push('\n');
        if !line.trim().is_empty() && !line.starts_with(' ') {
            out.push_str("    ");
        }
        out.push_str(line.trim_end());
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_file_s_messages_keep_their_text_and_variables() {
        let ftl = "a = Steg { $step } av { $steps }\nb =\n    { $count ->\n        [one] ett\n       *[other] { $count }\n    }\n";
        let m = parse(ftl).unwrap();
        assert_eq!(m[0].text, "Steg { $step } av { $steps }");
        assert_eq!(m[0].variables, vars(&["step", "steps"]));
        assert_eq!(m[1].variables, vars(&["count"]));
        assert!(m[1].text.contains("*[other] { $count }"), "{}", m[1].text);
        assert!(parse("a = { $x").is_err());
    }

    #[test]
    fn a_translation_keeps_the_source_s_variables_and_parses() {
        let s = vars(&["step", "steps"]);
        assert_eq!(
            translation("step-of", &s, " ደረጃ { $step } ካብ { $steps } "),
            Ok("ደረጃ { $step } ካብ { $steps }".into())
        );
        assert_eq!(
            translation("step-of", &s, "ደረጃ { $step }"),
            Err(Problem::MissingVariable("steps".into()))
        );
        assert_eq!(
            translation("step-of", &s, "{ $step } { $steps } { $n }"),
            Err(Problem::UnknownVariable("n".into()))
        );
        assert!(matches!(
            translation("step-of", &s, "{ $step } { $steps"),
            Err(Problem::Syntax(_))
        ));
        assert_eq!(translation("step-of", &s, "  \n "), Err(Problem::Empty));
        let nul = "{ $step } { $steps }\u{0}";
        assert_eq!(
            translation("step-of", &s, nul),
            Err(Problem::ControlCharacter)
        );
        let long = "x".repeat(MAX_CHARS + 1);
        assert_eq!(
            translation("a", &BTreeSet::new(), &long),
            Err(Problem::TooLong)
        );
    }

    #[test]
    fn values_are_replaced_and_everything_else_kept() {
        let source = "# A comment\na = Ja\n\nb =\n    { $n ->\n        [one] en\n       *[other] { $n }\n    }\nc = Nei\n";
        let mut texts = std::collections::BTreeMap::new();
        texts.insert("b".to_owned(), "{ $n } ting".to_owned());
        texts.insert("c".to_owned(), "Nei takk".to_owned());
        let out = replace_values(source, &texts).unwrap();
        assert_eq!(
            out,
            "# A comment\na = Ja\n\nb = { $n } ting\nc = Nei takk\n"
        );
        texts.insert("d".to_owned(), "not in the file".to_owned());
        assert!(replace_values(source, &texts).unwrap_err().contains('d'));
    }

    #[test]
    fn lines_typed_without_indentation_are_one_message() {
        let s = vars(&["count"]);
        let typed = "{ $count ->\n[one] ሓደ\n*[other] { $count }\n}";
        let kept = translation("years-count", &s, typed).unwrap();
        assert!(kept.contains("\n    [one] ሓደ"), "{kept}");
        assert_eq!(
            translation("a", &BTreeSet::new(), "x\nb = y"),
            Ok("x\n    b = y".into()),
            "a second id is only text once indented"
        );
    }
}
