// Cucumber tag expressions (and, or, not, parentheses; backslash escapes), evaluated in the page.
// Shunting-yard to a small tree; precedence: or < and < not.
function tokenizeTagExpression(text) {
  const tokens = [];
  let current = '';
  let escaped = false;
  const flush = () => { if (current.length > 0) { tokens.push(current); current = ''; } };
  for (const ch of text) {
    if (escaped) {
      if (ch === '(' || ch === ')' || ch === '\\' || /\s/.test(ch)) {
        current += ch;
        escaped = false;
        continue;
      }
      throw tagSyntaxError(text, 'Illegal escape before "' + ch + '"');
    }
    if (ch === '\\') {
      escaped = true;
    } else if (ch === '(' || ch === ')') {
      flush();
      tokens.push(ch === '(' ? { paren: '(' } : { paren: ')' });
    } else if (/\s/.test(ch)) {
      flush();
    } else {
      current += ch;
    }
  }
  if (escaped) {
    throw tagSyntaxError(text, 'Illegal escape before "<end>"');
  }
  flush();
  return tokens;
}

// Messages as Cucumber's own tag-expression implementations word them.
function tagSyntaxError(text, reason) {
  return new Error('Tag expression "' + text + '" could not be parsed because of syntax error: ' + reason + '.');
}

const TAG_OPERATORS = { or: { prec: 0, arity: 2 }, and: { prec: 1, arity: 2 }, not: { prec: 2, arity: 1 } };

function parseTagExpression(text) {
  const tokens = tokenizeTagExpression(text || '');
  if (tokens.length === 0) {
    return { evaluate: () => true, toString: () => 'true' };
  }
  const output = [];
  const operators = [];
  const fail = (why) => { throw tagSyntaxError(text, why); };
  const reduce = (op) => {
    if (op === 'not') {
      if (output.length < 1) { fail('Expected operand'); }
      const a = output.pop();
      output.push({ op: 'not', a, evaluate: (tags) => !a.evaluate(tags) });
    } else {
      if (output.length < 2) { fail('Expected operand'); }
      const b = output.pop();
      const a = output.pop();
      output.push(op === 'and'
        ? { op, a, b, evaluate: (tags) => a.evaluate(tags) && b.evaluate(tags) }
        : { op, a, b, evaluate: (tags) => a.evaluate(tags) || b.evaluate(tags) });
    }
  };
  let expectOperand = true;
  for (const token of tokens) {
    if (typeof token === 'object') {
      if (token.paren === '(') {
        if (!expectOperand) { fail('Expected operator'); }
        operators.push('(');
      } else {
        if (expectOperand) { fail('Expected operand'); }
        while (operators.length > 0 && operators[operators.length - 1] !== '(') { reduce(operators.pop()); }
        if (operators.length === 0) { fail('Unmatched )'); }
        operators.pop();
      }
    } else if (token === 'not') {
      if (!expectOperand) { fail('Expected operator'); }
      operators.push('not');
    } else if (token === 'and' || token === 'or') {
      if (expectOperand) { fail('Expected operand'); }
      const prec = TAG_OPERATORS[token].prec;
      while (operators.length > 0) {
        const top = operators[operators.length - 1];
        if (top === '(' || TAG_OPERATORS[top].prec < prec) { break; }
        reduce(operators.pop());
      }
      operators.push(token);
      expectOperand = true;
    } else {
      if (!expectOperand) { fail('Expected operator'); }
      const tag = token.startsWith('@') ? token : '@' + token;
      output.push({ tag, evaluate: (tags) => tags.includes(tag) });
      expectOperand = false;
    }
  }
  if (expectOperand) { fail('Expected operand'); }
  while (operators.length > 0) {
    const op = operators.pop();
    if (op === '(') { fail('Unmatched ('); }
    reduce(op);
  }
  if (output.length !== 1) { fail('Expected operator'); }
  return output[0];
}
