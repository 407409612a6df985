//! Item response theory: the models that link ability (theta) to the chance of each score.
//!
//! All parameters are on the logistic metric (scaling constant D = 1), as in mirt and catR's
//! defaults. Every model exposes the same three things the estimators and the item selector need:
//! category probabilities, their first and second derivatives in theta, and Fisher information.

mod model;

pub use model::{logistic, IrtModel};
