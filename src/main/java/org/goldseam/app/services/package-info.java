@NullMarked
package org.goldseam.app.services;

import org.jspecify.annotations.NullMarked;
