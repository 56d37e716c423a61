// _owns: whether NODE is the owner end of ownership relationship REL: ACQUIRED and
// INVESTED_IN read forward, SUBSIDIARY_OF and MERGED_INTO backward. Used as OWNS(x, r).
// Parameters: none.
(CASE WHEN type(REL) IN ['ACQUIRED', 'INVESTED_IN'] THEN startNode(REL) = NODE ELSE endNode(REL) = NODE END)
