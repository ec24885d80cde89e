// errorcheck

// Empty statements, empty blocks, semicolons everywhere.

package p;

func f() {
	;
	{}
	{ ; }
	if true {} else {}
	for {break};
	switch {};
	select {default:};
	var _ = 1; var _ = 2
};
