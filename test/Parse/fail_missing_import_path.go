// errorcheck

// An import needs a path.

package p

import fmt // ERROR "syntax error: missing import path"
