//! Responses as calibration sees them: a sparse person × item table.
//!
//! Adaptive tests give each person a few items of a large bank, so only administered cells are
//! stored (compressed rows). A row may carry a weight, so that published pattern-frequency
//! tables (LSAT7, Science) are used as printed, without expanding them.

use thiserror::Error;

/// One person's scored answer to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    /// Column of the item (0-based).
    pub item: usize,
    /// Score, 0 = lowest.
    pub score: usize,
}

/// A sparse response table: rows are persons (or weighted response patterns).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResponseData {
    items: usize,
    offsets: Vec<usize>,
    answers: Vec<(u32, u16)>,
    weights: Vec<f64>,
}

/// Why a row cannot be added.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum DataError {
    /// An item column outside the table.
    #[error("item column {item} outside 0..{items}")]
    ItemOutOfRange {
        /// Column given.
        item: usize,
        /// Number of items.
        items: usize,
    },
    /// The same item twice in one row.
    #[error("item column {item} answered twice in one row")]
    DuplicateItem {
        /// Column given twice.
        item: usize,
    },
    /// A row weight that is not a finite positive number.
    #[error("row weight {weight} is not a finite positive number")]
    BadWeight {
        /// Weight given.
        weight: f64,
    },
    /// A score beyond what the table stores.
    #[error("score {score} too large")]
    ScoreTooLarge {
        /// Score given.
        score: usize,
    },
}

impl DataError {
    /// Fluent message id for rendering.
    pub fn message_id(&self) -> &'static str {
        match self {
            DataError::ItemOutOfRange { .. } => "calibrate-data-item-out-of-range",
            DataError::DuplicateItem { .. } => "calibrate-data-duplicate-item",
            DataError::BadWeight { .. } => "calibrate-data-bad-weight",
            DataError::ScoreTooLarge { .. } => "calibrate-data-score-too-large",
        }
    }
}

impl ResponseData {
    /// An empty table over `items` item columns.
    pub fn new(items: usize) -> ResponseData {
        ResponseData {
            items,
            offsets: vec![0],
            answers: Vec::new(),
            weights: Vec::new(),
        }
    }

    /// Adds a person (or a response pattern seen `weight` times). Not-administered items are
    /// simply absent. The row is added whole or not at all.
    pub fn push(&mut self, answers: &[Answer], weight: f64) -> Result<(), DataError> {
        if !(weight.is_finite() && weight > 0.0) {
            return Err(DataError::BadWeight { weight });
        }
        let mut seen: Vec<usize> = Vec::with_capacity(answers.len());
        for a in answers {
            if a.item >= self.items {
                return Err(DataError::ItemOutOfRange {
                    item: a.item,
                    items: self.items,
                });
            }
            if a.score > u16::MAX as usize {
                return Err(DataError::ScoreTooLarge { score: a.score });
            }
            seen.push(a.item);
        }
        seen.sort_unstable();
        if let Some(w) = seen.windows(2).find(|w| w[0] == w[1]) {
            return Err(DataError::DuplicateItem { item: w[0] });
        }
        self.answers
            .extend(answers.iter().map(|a| (a.item as u32, a.score as u16)));
        self.offsets.push(self.answers.len());
        self.weights.push(weight);
        Ok(())
    }

    /// Number of item columns.
    pub fn items(&self) -> usize {
        self.items
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.weights.len()
    }

    /// Total weight (the number of persons when every row weighs 1).
    pub fn total_weight(&self) -> f64 {
        self.weights.iter().sum()
    }

    /// Row `r`'s weight.
    pub fn weight(&self, row: usize) -> f64 {
        self.weights[row]
    }

    /// Row `r`'s answers as (item, score).
    pub fn row(&self, row: usize) -> impl ExactSizeIterator<Item = Answer> + '_ {
        self.row_raw(row).iter().map(|&(i, s)| Answer {
            item: i as usize,
            score: s as usize,
        })
    }

    pub(crate) fn row_raw(&self, row: usize) -> &[(u32, u16)] {
        &self.answers[self.offsets[row]..self.offsets[row + 1]]
    }

    /// Highest score observed per item (`None` for an item nobody answered).
    pub fn max_scores(&self) -> Vec<Option<usize>> {
        let mut max = vec![None; self.items];
        for &(i, s) in &self.answers {
            let m: &mut Option<usize> = &mut max[i as usize];
            *m = Some(m.map_or(s as usize, |v: usize| v.max(s as usize)));
        }
        max
    }

    /// For each item, whether every row answered it (a complete column). The E-step skips
    /// category 0 of such items and takes it as the rest of the posterior mass.
    pub(crate) fn complete_columns(&self) -> Vec<bool> {
        let mut answered = vec![0usize; self.items];
        for &(i, _) in &self.answers {
            answered[i as usize] += 1;
        }
        answered.into_iter().map(|n| n == self.rows()).collect()
    }

    /// Weighted number of answers per item and score category.
    pub fn category_counts(&self) -> Vec<Vec<f64>> {
        let max = self.max_scores();
        let mut counts: Vec<Vec<f64>> = max.iter().map(|m| vec![0.0; m.map_or(0, |m| m + 1)]).collect();
        for r in 0..self.rows() {
            let w = self.weights[r];
            for &(i, s) in self.row_raw(r) {
                counts[i as usize][s as usize] += w;
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_rows_are_refused_whole() {
        let mut d = ResponseData::new(3);
        let ok = [Answer { item: 0, score: 1 }, Answer { item: 2, score: 0 }];
        d.push(&ok, 2.0).unwrap();
        assert_eq!(
            d.push(&[Answer { item: 3, score: 1 }], 1.0),
            Err(DataError::ItemOutOfRange { item: 3, items: 3 })
        );
        assert_eq!(
            d.push(&[Answer { item: 1, score: 1 }, Answer { item: 1, score: 0 }], 1.0),
            Err(DataError::DuplicateItem { item: 1 })
        );
        assert!(matches!(d.push(&ok, f64::NAN), Err(DataError::BadWeight { .. })));
        assert_eq!(d.rows(), 1);
        assert_eq!(d.row(0).collect::<Vec<_>>(), ok.to_vec());
        assert_eq!(d.max_scores(), vec![Some(1), None, Some(0)]);
        assert_eq!(d.category_counts()[0], vec![0.0, 2.0]);
    }
}
