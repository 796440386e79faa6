/**
 * One Goldseam window per vault: a second start hands over to the running one (see {@link org.goldseam.app.instance.SingleInstance}).
 */
@NullMarked
package org.goldseam.app.instance;

import org.jspecify.annotations.NullMarked;
