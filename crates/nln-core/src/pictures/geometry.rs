//! Region geometry: inside the canvas, overlapping another region, containing a point.

use crate::content::Shape;

/// Slack for coordinates written by hand and curves sampled from a drawing.
const EPSILON: f64 = 0.5;

/// Whether the region lies inside a `width` × `height` canvas.
pub fn inside_canvas(shape: &Shape, width: f64, height: f64) -> bool {
    let (left, top, right, bottom) = bounds(shape);
    left >= -EPSILON && top >= -EPSILON && right <= width + EPSILON && bottom <= height + EPSILON
}

/// Whether two regions share more than an edge, so that one tap could mean both.
pub fn overlap(a: &Shape, b: &Shape) -> bool {
    match (*a, *b) {
        (Shape::Rect { .. }, Shape::Rect { .. }) => {
            let (al, at, ar, ab) = bounds(a);
            let (bl, bt, br, bb) = bounds(b);
            al.max(bl) < ar.min(br) - EPSILON && at.max(bt) < ab.min(bb) - EPSILON
        }
        (Shape::Circle { cx, cy, r }, Shape::Circle { cx: dx, cy: dy, r: s }) => {
            (cx - dx).hypot(cy - dy) < r + s - EPSILON
        }
        (Shape::Circle { cx, cy, r }, rect @ Shape::Rect { .. })
        | (rect @ Shape::Rect { .. }, Shape::Circle { cx, cy, r }) => {
            let (l, t, rt, b) = bounds(&rect);
            let nearest_x = cx.clamp(l, rt);
            let nearest_y = cy.clamp(t, b);
            (cx - nearest_x).hypot(cy - nearest_y) < r - EPSILON
        }
    }
}

/// Whether a point of a drawing lies in the region, forgiving half a pixel.
pub fn contains(shape: &Shape, x: f64, y: f64) -> bool {
    match *shape {
        Shape::Rect { x: rx, y: ry, w, h } => {
            x >= rx - EPSILON && x <= rx + w + EPSILON && y >= ry - EPSILON && y <= ry + h + EPSILON
        }
        Shape::Circle { cx, cy, r } => (x - cx).hypot(y - cy) <= r + EPSILON,
    }
}

/// Left, top, right, bottom.
pub fn bounds(shape: &Shape) -> (f64, f64, f64, f64) {
    match *shape {
        Shape::Rect { x, y, w, h } => (x, y, x + w, y + h),
        Shape::Circle { cx, cy, r } => (cx - r, cy - r, cx + r, cy + r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: f64, y: f64, w: f64, h: f64) -> Shape {
        Shape::Rect { x, y, w, h }
    }

    fn circle(cx: f64, cy: f64, r: f64) -> Shape {
        Shape::Circle { cx, cy, r }
    }

    #[test]
    fn regions_sharing_an_edge_do_not_overlap() {
        assert!(!overlap(&rect(0.0, 0.0, 10.0, 10.0), &rect(10.0, 0.0, 10.0, 10.0)));
        assert!(overlap(&rect(0.0, 0.0, 10.0, 10.0), &rect(9.0, 9.0, 10.0, 10.0)));
        assert!(!overlap(&circle(0.0, 0.0, 5.0), &circle(10.0, 0.0, 5.0)));
        assert!(overlap(&circle(0.0, 0.0, 5.0), &circle(9.0, 0.0, 5.0)));
    }

    #[test]
    fn a_circle_overlaps_a_rectangle_only_when_it_reaches_inside() {
        let r = rect(0.0, 0.0, 10.0, 10.0);
        // Near the corner but outside it: the bounding boxes overlap, the shapes do not.
        assert!(!overlap(&circle(14.0, 14.0, 5.0), &r));
        assert!(overlap(&circle(12.0, 5.0, 5.0), &r));
        assert!(overlap(&r, &circle(5.0, 5.0, 1.0)));
    }

    #[test]
    fn regions_must_stay_on_the_canvas() {
        assert!(inside_canvas(&rect(0.0, 0.0, 360.0, 640.0), 360.0, 640.0));
        assert!(!inside_canvas(&rect(300.0, 0.0, 70.0, 10.0), 360.0, 640.0));
        assert!(!inside_canvas(&circle(10.0, 10.0, 20.0), 360.0, 640.0));
        assert!(inside_canvas(&circle(20.0, 20.0, 20.0), 360.0, 640.0));
    }

    #[test]
    fn containment_forgives_half_a_pixel() {
        assert!(contains(&circle(0.0, 0.0, 10.0), 10.4, 0.0));
        assert!(!contains(&circle(0.0, 0.0, 10.0), 7.5, 7.5));
        assert!(contains(&rect(0.0, 0.0, 10.0, 10.0), 10.0, 10.0));
        assert!(!contains(&rect(0.0, 0.0, 10.0, 10.0), 11.0, 5.0));
    }
}
