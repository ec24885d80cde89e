// errorcheck

// An untyped integer operation beyond 512 bits names the operation.

package p

const c0 = 1 << 100
const c1 = c0 * c0
const c2 = c1 * c1
const c3 = c2 * c2 // ERROR "^constant multiplication overflow$"

const m = (1<<256 - 1) * (1<<256 + 1)
const _ = m + 1  // ERROR "^constant addition overflow$"
const _ = m ^ -1 // ERROR "^constant bitwise XOR overflow$"
const _ = ^m     // ERROR "^constant bitwise complement overflow$"
