//! Field paths, the one way to name a field: validation puts them in its errors, the form puts
//! them in the edits it sends (and shows each error at its field), and [`super::Draft::apply`]
//! reads them back with [`segments`]. `education[2].end_year` is the field `end_year` of entry
//! 2 of the list `education`.

/// Entry `i` of the list at `list` (`education[2]`).
pub fn entry_path(list: &str, i: usize) -> String {
    format!("{list}[{i}]")
}

/// The field `name` of what is at `parent` (`education[2].end_year`).
pub fn field_path(parent: &str, name: &str) -> String {
    format!("{parent}.{name}")
}

/// One segment of a path: a name and, for an entry of a list, its index.
pub type Segment<'a> = (&'a str, Option<usize>);

/// The segments of `path`, or `None` if it is not one [`entry_path`] and [`field_path`] make.
pub fn segments(path: &str) -> Option<Vec<Segment<'_>>> {
    path.split('.')
        .map(|seg| match seg.split_once('[') {
            None => Some((seg, None)),
            Some((name, rest)) => {
                let i = rest.strip_suffix(']')?.parse().ok()?;
                Some((name, Some(i)))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_built_here_reads_back_as_its_segments() {
        let p = field_path(&entry_path("education", 2), "end_year");
        assert_eq!(p, "education[2].end_year");
        assert_eq!(
            segments(&p),
            Some(vec![("education", Some(2)), ("end_year", None)])
        );
        let p = field_path(&entry_path("languages.entries", 0), "reading");
        assert_eq!(
            segments(&p),
            Some(vec![
                ("languages", None),
                ("entries", Some(0)),
                ("reading", None)
            ])
        );
        assert_eq!(segments("work[x].title"), None);
        assert_eq!(segments("work[1"), None);
    }
}
