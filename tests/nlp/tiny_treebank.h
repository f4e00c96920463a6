// A tiny hand-written treebank in CoNLL-U (UD English conventions) for the
// tests that train the tagger, the lemmatizer and the parser end to end.
#pragma once

namespace parley::testing {

inline constexpr const char* kTinyTreebank = R"(# sent_id = t1
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	minister	minister	NOUN	NN	Number=Sing	3	nsubj	_	_
3	signed	sign	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	treaty	treaty	NOUN	NN	Number=Sing	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t2
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	president	president	NOUN	NN	Number=Sing	3	nsubj	_	_
3	visited	visit	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	capital	capital	NOUN	NN	Number=Sing	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t3
1	Ministers	minister	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	walked	walk	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	to	to	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	talks	talk	NOUN	NNS	Number=Plur	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t4
1	Russia	Russia	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	talked	talk	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	with	with	ADP	IN	_	4	case	_	_
4	Ukraine	Ukraine	PROPN	NNP	Number=Sing	2	obl	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t5
1	Ukraine	Ukraine	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	jumped	jump	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	at	at	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	offer	offer	NOUN	NN	Number=Sing	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t6
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	talks	talk	NOUN	NNS	Number=Plur	3	nsubj	_	_
3	ended	end	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	in	in	ADP	IN	_	5	case	_	_
5	Moscow	Moscow	PROPN	NNP	Number=Sing	3	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t7
1	She	she	PRON	PRP	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	3	nsubj	_	_
2	did	do	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	3	aux	_	SpaceAfter=No
3	n't	not	PART	RB	_	4	advmod	_	_
4	sign	sign	VERB	VB	VerbForm=Inf	0	root	_	_
5	it	it	PRON	PRP	Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = t8
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	ministers	minister	NOUN	NNS	Number=Plur	4	nsubj	_	_
3	have	have	AUX	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	4	aux	_	_
4	gone	go	VERB	VBN	Tense=Past|VerbForm=Part	0	root	_	_
5	to	to	ADP	IN	_	6	case	_	_
6	Moscow	Moscow	PROPN	NNP	Number=Sing	4	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = t9
1	They	they	PRON	PRP	Case=Nom|Number=Plur|Person=3|PronType=Prs	2	nsubj	_	_
2	went	go	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	to	to	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	cities	city	NOUN	NNS	Number=Plur	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t10
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	city	city	NOUN	NN	Number=Sing	3	nsubj	_	_
3	was	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	4	cop	_	_
4	quiet	quiet	ADJ	JJ	Degree=Pos	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = t11
1	Russia	Russia	PROPN	NNP	Number=Sing	4	nsubj	_	_
2	and	and	CCONJ	CC	_	3	cc	_	_
3	Ukraine	Ukraine	PROPN	NNP	Number=Sing	1	conj	_	_
4	signed	sign	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
6	offer	offer	NOUN	NN	Number=Sing	4	obj	_	SpaceAfter=No
7	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = t12
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	capital	capital	NOUN	NN	Number=Sing	3	nsubj	_	_
3	ended	end	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	talks	talk	NOUN	NNS	Number=Plur	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

)";

}  // namespace parley::testing
