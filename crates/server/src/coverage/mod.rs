//! Coverage, computed from what the database knows (see `store::coverage`): per centre, the
//! head count in effect on a day and the persons registered there by then and not settled by
//! then; summed per region and nationally over the centres that have a head count on that day.
//! Pure, so that the definition is tested on known answers.

use evne_model::coverage::{Coverage, Share, Week, WEEKS};

/// Counts under this are suppressed, as in the statistics.
pub const MIN_CELL: i64 = 5;

/// A reception centre.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Centre {
    pub id: String,
    pub name: String,
    pub region: Option<String>,
}

/// `(centre, day, n)`: a head count entered (n residents from that day), or n persons first
/// registered (or settled) on that day.
pub type DayCount = (String, i64, i64);

/// What coverage is computed from.
#[derive(Debug, Default, Clone)]
pub struct Inputs {
    pub centres: Vec<Centre>,
    pub counts: Vec<DayCount>,
    pub registered: Vec<DayCount>,
    pub settled: Vec<DayCount>,
}

impl Inputs {
    /// The head count of `centre` in effect on `day`: the last entered on or before it.
    fn residents(&self, centre: &str, day: i64) -> Option<i64> {
        self.counts
            .iter()
            .filter(|(c, d, _)| c == centre && *d <= day)
            .max_by_key(|(_, d, _)| *d)
            .map(|(_, _, n)| *n)
    }

    /// Persons of `centre` registered by the end of `day` and not settled by then.
    fn registered(&self, centre: &str, day: i64) -> i64 {
        let sum = |rows: &[DayCount]| -> i64 {
            rows.iter()
                .filter(|(c, d, _)| c == centre && *d <= day)
                .map(|(_, _, n)| n)
                .sum()
        };
        sum(&self.registered) - sum(&self.settled)
    }
}

/// Sums over `centres` on `day`: `(centres with a count, registered, residents)`, counting
/// only centres that have a head count.
fn sum<'a>(
    inputs: &Inputs,
    centres: impl Iterator<Item = &'a Centre>,
    day: i64,
) -> (i64, i64, i64) {
    let mut out = (0, 0, 0);
    for c in centres {
        if let Some(residents) = inputs.residents(&c.id, day) {
            out.0 += 1;
            out.1 += inputs.registered(&c.id, day);
            out.2 += residents;
        }
    }
    out
}

fn shown(n: i64) -> (Option<i64>, bool) {
    let suppressed = n > 0 && n < MIN_CELL;
    ((!suppressed).then_some(n), suppressed)
}

fn share(key: String, name: String, region: Option<String>, sums: (i64, i64, i64)) -> Share {
    let (counted_centres, registered, residents) = sums;
    let (registered, suppressed) = shown(registered);
    Share {
        key,
        name,
        region,
        counted_centres,
        registered,
        suppressed,
        residents: (counted_centres > 0).then_some(residents),
    }
}

/// `YYYY-MM-DD` of a day since the Unix epoch.
pub fn date(day: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(day * 86_400)
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

/// Coverage on `today` (days since the Unix epoch) and for each of the [`WEEKS`] weeks ending
/// on it.
pub fn compute(inputs: &Inputs, today: i64) -> Coverage {
    let all = || inputs.centres.iter();
    let centres = all()
        .map(|c| {
            let sums = sum(inputs, std::iter::once(c), today);
            // A centre without a head count still shows whom it registered.
            let sums = match sums.0 {
                0 => (0, inputs.registered(&c.id, today), 0),
                _ => sums,
            };
            share(c.id.clone(), c.name.clone(), c.region.clone(), sums)
        })
        .collect();
    let mut regions: Vec<String> = all()
        .map(|c| c.region.clone().unwrap_or_else(|| "none".into()))
        .collect();
    regions.sort();
    regions.dedup();
    let regions = regions
        .into_iter()
        .map(|r| {
            let here = all().filter(|c| c.region.as_deref().unwrap_or("none") == r);
            let sums = sum(inputs, here, today);
            share(r, String::new(), None, sums)
        })
        .collect();
    let national = share(
        "national".into(),
        String::new(),
        None,
        sum(inputs, all(), today),
    );
    let weeks = (0..WEEKS as i64)
        .rev()
        .map(|i| {
            let day = today - 7 * i;
            let (counted, registered, residents) = sum(inputs, all(), day);
            let (registered, suppressed) = shown(registered);
            Week {
                end: date(day),
                registered,
                suppressed,
                residents: (counted > 0).then_some(residents),
            }
        })
        .collect();
    Coverage {
        as_of: date(today),
        national,
        regions,
        centres,
        weeks,
    }
}

#[cfg(test)]
mod tests;
