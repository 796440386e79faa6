@NullMarked
package org.goldseam.search.model;

import org.jspecify.annotations.NullMarked;
