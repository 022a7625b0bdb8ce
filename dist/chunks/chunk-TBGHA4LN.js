import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CONTROL_STATUSES,
  loadManualRequirements
} from "./chunk-IDRUCS6X.js";
import {
  redactValue
} from "./chunk-EQZXUNDD.js";
import {
  checkFailure
} from "./chunk-JST3WB76.js";
import {
  FRAMEWORKS,
  MappingError,
  loadCheckEvidence
} from "./chunk-MLNTMEOM.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/bundle/hash.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
async function sha256File(path) {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest("hex"), size };
}
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value).sort().map((key) => [key, sortKeys(value[key])])
    );
  }
  return value;
}

// src/report/finding-id.ts
import { createHash as createHash2 } from "node:crypto";
function findingId(finding) {
  if (finding.id) return finding.id;
  return `F-${createHash2("sha256").update(`${finding.check}
${finding.subject}`).digest("hex").slice(0, 12)}`;
}

// src/checks/evaluate.ts
function evaluateChecks(checks, context, mapping) {
  const skipped = new Set(context.config.checks.skip);
  return checks.filter((check) => !skipped.has(check.metadata.id)).flatMap(
    (check) => runCheck(check, context).map((result) => ({
      id: findingId({ check: check.metadata.id, subject: result.subject }),
      check: check.metadata.id,
      subject: result.subject,
      status: result.status,
      message: result.message,
      controls: mapping.get(check.metadata.id) ?? {},
      evidence: result.evidence,
      ...result.details ? { details: result.details } : {},
      ...result.locations ? { locations: result.locations } : {}
    }))
  );
}
function runCheck(check, context) {
  try {
    return check.evaluate(context);
  } catch (error) {
    return [checkFailure(error)];
  }
}

// src/controls/soa-inputs.ts
var SOA_INPUTS_FILE = "soa-inputs.json";
async function loadSoaBase(loaded, catalogs) {
  const source = loaded.source ?? "(default config)";
  try {
    return {
      checkEvidence: await loadCheckEvidence(),
      requirements: await loadManualRequirements(catalogs, loaded.config["manual-requirements"], source)
    };
  } catch (error) {
    if (error instanceof MappingError) throw new InputError(error.message);
    throw error;
  }
}
function describeConfigDecisions(loaded, shipped, overridden, modeCheckIds) {
  const source = loaded.source ?? "(default config)";
  const skip = new Set(loaded.config.checks.skip);
  const skipped = modeCheckIds.filter((id) => skip.has(id)).map((check) => ({ check, by: `${source}: checks.skip`, controls: overridden.get(check) ?? {} }));
  const overrides = [];
  for (const check of Object.keys(loaded.config.mappings).sort()) {
    if (!modeCheckIds.includes(check)) continue;
    const by = `${source}: mappings.${check}`;
    for (const framework of FRAMEWORKS) {
      const before = new Set(shipped.get(check)?.[framework] ?? []);
      const after = new Set(overridden.get(check)?.[framework] ?? []);
      const push = (control, change, f) => overrides.push({ check, change, by, framework: f, control });
      for (const control of after) if (!before.has(control)) push(control, "added", framework);
      for (const control of before) if (!after.has(control)) push(control, "removed", framework);
    }
  }
  return { skipped, overrides };
}
function soaMetaOf(loaded, run) {
  const soa = loaded.config.soa;
  return {
    ...run,
    approval: {
      ...soa.version !== void 0 && { version: soa.version },
      ...soa["approved-by"] !== void 0 && { approvedBy: soa["approved-by"] },
      ...soa["approved-on"] !== void 0 && { approvedOn: soa["approved-on"] }
    },
    configSha256: loaded.sha256
  };
}

// node_modules/csv-stringify/lib/utils/get.js
var charCodeOfDot = ".".charCodeAt(0);
var reEscapeChar = /\\(\\)?/g;
var rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
  "g"
);
var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
var reIsPlainProp = /^\w*$/;
var getTag = function(value) {
  return Object.prototype.toString.call(value);
};
var isSymbol = function(value) {
  const type = typeof value;
  return type === "symbol" || type === "object" && value && getTag(value) === "[object Symbol]";
};
var isKey = function(value, object) {
  if (Array.isArray(value)) {
    return false;
  }
  const type = typeof value;
  if (type === "number" || type === "symbol" || type === "boolean" || !value || isSymbol(value)) {
    return true;
  }
  return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
};
var stringToPath = function(string) {
  const result = [];
  if (string.charCodeAt(0) === charCodeOfDot) {
    result.push("");
  }
  string.replace(rePropName, function(match, expression, quote, subString) {
    let key = match;
    if (quote) {
      key = subString.replace(reEscapeChar, "$1");
    } else if (expression) {
      key = expression.trim();
    }
    result.push(key);
  });
  return result;
};
var castPath = function(value, object) {
  if (Array.isArray(value)) {
    return value;
  } else {
    return isKey(value, object) ? [value] : stringToPath(value);
  }
};
var toKey = function(value) {
  if (typeof value === "string" || isSymbol(value)) return value;
  const result = `${value}`;
  return result == "0" && 1 / value == -Infinity ? "-0" : result;
};
var get = function(object, path) {
  path = castPath(path, object);
  let index = 0;
  const length = path.length;
  while (object != null && index < length) {
    object = object[toKey(path[index++])];
  }
  return index && index === length ? object : void 0;
};

// node_modules/csv-stringify/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-stringify/lib/api/normalize_columns.js
var normalize_columns = function(columns) {
  if (columns === void 0 || columns === null) {
    return [void 0, void 0];
  }
  if (typeof columns !== "object") {
    return [Error('Invalid option "columns": expect an array or an object')];
  }
  if (!Array.isArray(columns)) {
    const newcolumns = [];
    for (const k in columns) {
      newcolumns.push({
        key: k,
        header: columns[k]
      });
    }
    columns = newcolumns;
  } else {
    const newcolumns = [];
    for (const column of columns) {
      if (typeof column === "string") {
        newcolumns.push({
          key: column,
          header: column
        });
      } else if (typeof column === "object" && column !== null && !Array.isArray(column)) {
        if (!column.key) {
          return [
            Error('Invalid column definition: property "key" is required')
          ];
        }
        if (column.header === void 0) {
          column.header = column.key;
        }
        newcolumns.push(column);
      } else {
        return [
          Error("Invalid column definition: expect a string or an object")
        ];
      }
    }
    columns = newcolumns;
  }
  return [void 0, columns];
};

// node_modules/csv-stringify/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code2, message, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ");
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code2;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString() : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-stringify/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-stringify/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    return [
      new CsvError("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
        "option `bom` is optional and must be a boolean value,",
        `got ${JSON.stringify(options.bom)}`
      ])
    ];
  }
  if (options.delimiter === void 0 || options.delimiter === null) {
    options.delimiter = ",";
  } else if (Buffer.isBuffer(options.delimiter)) {
    options.delimiter = options.delimiter.toString();
  } else if (typeof options.delimiter !== "string") {
    return [
      new CsvError("CSV_OPTION_DELIMITER_INVALID_TYPE", [
        "option `delimiter` must be a buffer or a string,",
        `got ${JSON.stringify(options.delimiter)}`
      ])
    ];
  }
  if (options.quote === void 0 || options.quote === null) {
    options.quote = '"';
  } else if (options.quote === true) {
    options.quote = '"';
  } else if (options.quote === false) {
    options.quote = "";
  } else if (Buffer.isBuffer(options.quote)) {
    options.quote = options.quote.toString();
  } else if (typeof options.quote !== "string") {
    return [
      new CsvError("CSV_OPTION_QUOTE_INVALID_TYPE", [
        "option `quote` must be a boolean, a buffer or a string,",
        `got ${JSON.stringify(options.quote)}`
      ])
    ];
  }
  if (options.quoted === void 0 || options.quoted === null) {
    options.quoted = false;
  } else {
  }
  if (options.escape_formulas === void 0 || options.escape_formulas === null) {
    options.escape_formulas = false;
  } else if (typeof options.escape_formulas !== "boolean") {
    return [
      new CsvError("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
        "option `escape_formulas` must be a boolean,",
        `got ${JSON.stringify(options.escape_formulas)}`
      ])
    ];
  }
  if (options.quoted_empty === void 0 || options.quoted_empty === null) {
    options.quoted_empty = void 0;
  } else {
  }
  if (options.quoted_match === void 0 || options.quoted_match === null || options.quoted_match === false) {
    options.quoted_match = null;
  } else if (!Array.isArray(options.quoted_match)) {
    options.quoted_match = [options.quoted_match];
  }
  if (options.quoted_match) {
    for (const quoted_match of options.quoted_match) {
      const isString = typeof quoted_match === "string";
      const isRegExp = quoted_match instanceof RegExp;
      if (!isString && !isRegExp) {
        return [
          new CsvError("CSV_OPTION_QUOTED_MATCH", [
            "option `quoted_match` must be a string or a regex,",
            `got ${JSON.stringify(options.quoted_match)}`
          ])
        ];
      }
    }
  }
  if (options.quoted_string === void 0 || options.quoted_string === null) {
    options.quoted_string = false;
  } else {
  }
  if (options.eof === void 0 || options.eof === null) {
    options.eof = true;
  } else {
  }
  if (options.escape === void 0 || options.escape === null) {
    options.escape = '"';
  } else if (Buffer.isBuffer(options.escape)) {
    options.escape = options.escape.toString();
  } else if (typeof options.escape !== "string") {
    return [
      Error(
        `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`
      )
    ];
  }
  if (options.escape.length > 1) {
    return [
      Error(
        `Invalid Option: escape must be one character, got ${options.escape.length} characters`
      )
    ];
  }
  if (options.header === void 0 || options.header === null || options.header === false) {
    options.header = false;
  } else if (options.header !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER",
      [
        "option `header` is expected to be a boolean,",
        `got ${JSON.stringify(options.header)}`
      ],
      options
    );
  }
  if (options.header_as_comment === void 0 || options.header_as_comment === null || options.header_as_comment === false) {
    options.header_as_comment = false;
  } else if (options.header_as_comment === true) {
    options.header_as_comment = "#";
  } else if (Buffer.isBuffer(options.header_as_comment)) {
    options.header_as_comment = options.header_as_comment.toString();
  } else if (typeof options.header_as_comment !== "string") {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
      [
        "option `header_as_comment` must be a boolean, a string or a buffer,",
        `got ${JSON.stringify(options.header_as_comment)}`
      ],
      options
    );
  }
  const [errColumns, columns] = normalize_columns(options.columns);
  if (errColumns !== void 0) return [errColumns];
  options.columns = columns;
  if (options.quoted === void 0 || options.quoted === null) {
    options.quoted = false;
  } else {
  }
  if (options.cast === void 0 || options.cast === null) {
    options.cast = {};
  } else {
  }
  if (options.cast.bigint === void 0 || options.cast.bigint === null) {
    options.cast.bigint = (value) => "" + value;
  }
  if (options.cast.boolean === void 0 || options.cast.boolean === null) {
    options.cast.boolean = (value) => value ? "1" : "";
  }
  if (options.cast.date === void 0 || options.cast.date === null) {
    options.cast.date = (value) => "" + value.getTime();
  }
  if (options.cast.number === void 0 || options.cast.number === null) {
    options.cast.number = (value) => "" + value;
  }
  if (options.cast.object === void 0 || options.cast.object === null) {
    options.cast.object = (value) => JSON.stringify(value);
  }
  if (options.cast.string === void 0 || options.cast.string === null) {
    options.cast.string = function(value) {
      return value;
    };
  }
  if (options.on_record !== void 0 && typeof options.on_record !== "function") {
    return [Error(`Invalid Option: "on_record" must be a function.`)];
  }
  if (options.quote_record_delimiter === void 0 || options.quote_record_delimiter === null) {
    options.quote_record_delimiter = !options.record_delimiter;
  } else if (typeof options.quote_record_delimiter !== "boolean") {
    return [
      new CsvError("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
        "option `quote_record_delimiter` must be a boolean,",
        `got ${JSON.stringify(options.quote_record_delimiter)}`
      ])
    ];
  }
  if (options.record_delimiter === void 0 || options.record_delimiter === null) {
    options.record_delimiter = "\n";
  } else if (Buffer.isBuffer(options.record_delimiter)) {
    options.record_delimiter = options.record_delimiter.toString();
  } else if (typeof options.record_delimiter !== "string") {
    return [
      Error(
        `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`
      )
    ];
  }
  switch (options.record_delimiter) {
    case "unix":
      options.record_delimiter = "\n";
      break;
    case "mac":
      options.record_delimiter = "\r";
      break;
    case "windows":
      options.record_delimiter = "\r\n";
      break;
    case "ascii":
      options.record_delimiter = "";
      break;
    case "unicode":
      options.record_delimiter = "\u2028";
      break;
  }
  return [void 0, options];
};

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8 = Buffer.from([239, 187, 191]);
var emits_separator = function(value, separators) {
  return separators.some(
    (separator) => separator.length !== 0 && (value.indexOf(separator) !== -1 || separator.length > 1 && (value + separator).indexOf(separator) < value.length)
  );
};
var matches_quoted_match = function(value, quoted_match) {
  if (!quoted_match) return false;
  return quoted_match.some(
    (pattern) => typeof pattern === "string" ? value.indexOf(pattern) !== -1 : value.search(pattern) !== -1
  );
};
var stringifier = function(options, state, info) {
  return {
    options,
    state,
    info,
    __transform: function(chunk, push) {
      if (!Array.isArray(chunk) && typeof chunk !== "object") {
        return Error(
          `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`
        );
      }
      if (this.info.records === 0) {
        if (Array.isArray(chunk)) {
          if (this.options.header === true && this.options.columns === void 0) {
            return Error(
              "Undiscoverable Columns: header option requires column option or object records"
            );
          }
        } else if (this.options.columns === void 0) {
          const [err2, columns] = normalize_columns(Object.keys(chunk));
          if (err2) return;
          this.options.columns = columns;
        }
      }
      if (this.info.records === 0) {
        this.bom(push);
        const err2 = this.headers(push);
        if (err2) return err2;
      }
      try {
        if (this.options.on_record) {
          this.options.on_record(chunk, this.info.records);
        }
      } catch (err2) {
        return err2;
      }
      let err, chunk_string;
      if (this.options.eof) {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === void 0) {
          return;
        } else {
          chunk_string = chunk_string + this.options.record_delimiter;
        }
      } else {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === void 0) {
          return;
        } else {
          if (this.options.header || this.info.records) {
            chunk_string = this.options.record_delimiter + chunk_string;
          }
        }
      }
      this.info.records++;
      push(chunk_string);
    },
    stringify: function(chunk, chunkIsHeader = false) {
      if (typeof chunk !== "object") {
        return [void 0, chunk];
      }
      const { columns } = this.options;
      const record = [];
      if (Array.isArray(chunk)) {
        const length = columns ? Math.min(chunk.length, columns.length) : chunk.length;
        for (let i = 0; i < length; i++) {
          const field = chunk[i];
          const [err, value] = this.__cast(field, {
            index: i,
            column: i,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      } else {
        for (let i = 0; i < columns.length; i++) {
          const field = get(chunk, columns[i].key);
          const [err, value] = this.__cast(field, {
            index: i,
            column: columns[i].key,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      }
      let csvrecord = "";
      for (let i = 0; i < record.length; i++) {
        let options2, err;
        let [value, field] = record[i];
        if (typeof value === "string") {
          options2 = this.options;
        } else if (is_object(value)) {
          options2 = { ...value };
          value = options2.value;
          delete options2.value;
          if (typeof value !== "string" && value !== void 0 && value !== null) {
            if (err)
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`
                )
              ];
          }
          options2 = { ...this.options, ...options2 };
          [err, options2] = normalize_options(options2);
          if (err !== void 0) {
            return [err];
          }
        } else if (value === void 0 || value === null) {
          options2 = this.options;
        } else {
          return [
            Error(
              `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`
            )
          ];
        }
        const {
          delimiter,
          escape,
          quote,
          quoted,
          quoted_empty,
          quoted_string,
          quoted_match,
          record_delimiter,
          quote_record_delimiter,
          escape_formulas
        } = options2;
        if ("" === value && "" === field) {
          const quotedMatch = matches_quoted_match(value, quoted_match);
          const shouldQuote = quotedMatch || true === quoted_empty || true === quoted_string && false !== quoted_empty;
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (value) {
          if (typeof value !== "string") {
            return [
              Error(
                `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`
              )
            ];
          }
          const containsdelimiter = emits_separator(value, [delimiter]);
          const containsQuote = quote !== "" && value.indexOf(quote) >= 0;
          const containsEscape = value.indexOf(escape) >= 0 && escape !== quote;
          const containsRecordDelimiter = emits_separator(value, [
            record_delimiter,
            ...quote_record_delimiter === false ? [] : ["\n", "\r"]
          ]);
          const quotedString = quoted_string && typeof field === "string";
          const quotedMatch = matches_quoted_match(value, quoted_match);
          if (escape_formulas) {
            switch (value[0]) {
              case "-":
                if (typeof field === "number" || typeof field === "bigint") {
                  break;
                }
                value = `'${value}`;
                break;
              case "=":
              case "+":
              case "@":
              case "	":
              case "\r":
              case "\uFF1D":
              // Unicode '='
              case "\uFF0B":
              // Unicode '+'
              case "\uFF0D":
              // Unicode '-'
              case "\uFF20":
                value = `'${value}`;
                break;
            }
          }
          const shouldQuote = containsQuote === true || containsdelimiter || containsRecordDelimiter || quoted || quotedString || quotedMatch;
          if (shouldQuote === true && containsEscape === true) {
            value = value.replaceAll(escape, () => escape + escape);
          }
          if (containsQuote === true) {
            value = value.replaceAll(quote, () => escape + quote);
          }
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (quoted_empty === true || field === "" && quoted_string === true && quoted_empty !== false) {
          csvrecord += quote + quote;
        }
        if (i !== record.length - 1) {
          csvrecord += delimiter;
        }
      }
      return [void 0, csvrecord];
    },
    bom: function(push) {
      if (this.options.bom !== true) {
        return;
      }
      push(bom_utf8);
    },
    headers: function(push) {
      if (this.options.header === false) {
        return;
      }
      if (this.options.columns === void 0) {
        return;
      }
      let err;
      let headers = this.options.columns.map((column) => column.header);
      if (this.options.eof) {
        [err, headers] = this.stringify(headers, true);
        headers += this.options.record_delimiter;
      } else {
        [err, headers] = this.stringify(headers, true);
      }
      if (err) return err;
      if (this.options.header_as_comment) {
        headers = this.options.header_as_comment + " " + headers;
      }
      push(headers);
    },
    __cast: function(value, context) {
      const type = typeof value;
      try {
        if (type === "string") {
          return [void 0, this.options.cast.string(value, context)];
        } else if (type === "bigint") {
          return [void 0, this.options.cast.bigint(value, context)];
        } else if (type === "number") {
          return [void 0, this.options.cast.number(value, context)];
        } else if (type === "boolean") {
          return [void 0, this.options.cast.boolean(value, context)];
        } else if (value instanceof Date) {
          return [void 0, this.options.cast.date(value, context)];
        } else if (type === "object" && value !== null) {
          return [void 0, this.options.cast.object(value, context)];
        } else if (value === null && this.options.cast.null !== void 0) {
          return [void 0, this.options.cast.null(value, context)];
        } else if (value === void 0 && this.options.cast.undefined !== void 0) {
          return [void 0, this.options.cast.undefined(value, context)];
        } else {
          return [void 0, value];
        }
      } catch (err) {
        return [err];
      }
    }
  };
};

// node_modules/csv-stringify/lib/sync.js
var stringify = function(records, opts = {}) {
  const data = [];
  const [err, options] = normalize_options(opts);
  if (err !== void 0) throw err;
  const state = {
    stop: false
  };
  const info = {
    records: 0
  };
  const api = stringifier(options, state, info);
  for (const record of records) {
    const err2 = api.__transform(record, function(record2) {
      data.push(record2);
    });
    if (err2 !== void 0) throw err2;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    const err2 = api.headers((headers) => {
      data.push(headers);
    });
    if (err2 !== void 0) throw err2;
  }
  return data.join("");
};

// src/controls/soa.ts
var CSV_COLUMNS = [
  "framework",
  "control",
  "title",
  "group",
  "applicable",
  "justification_inclusion",
  "justification_exclusion",
  "implementation",
  "owner",
  "last_reviewed",
  "next_review",
  "risks",
  "automated_result",
  "checks",
  "findings",
  "design_evidence",
  "operating_evidence",
  "evidence_files",
  "manual_evidence",
  "manual_evidence_missing",
  "skipped_checks",
  "mapping_overrides",
  "gaps"
];
function renderSoaCsv(report) {
  const rows = [[...CSV_COLUMNS]];
  for (const framework of FRAMEWORKS) {
    for (const c of report.frameworks[framework].controls) rows.push([framework, ...row(c)]);
  }
  return stringify(rows, { record_delimiter: "\r\n", escape_formulas: true });
}
function row(c) {
  return [
    c.id,
    c.title,
    c.group,
    c.applicable ? "yes" : "no",
    c.soa.inclusion ?? "",
    c.soa.exclusion ?? "",
    c.soa.implementation ?? "",
    c.soa.owner ?? "",
    c.soa.lastReviewed ?? "",
    c.soa.nextReview ?? "",
    c.soa.risks.join("; "),
    c.status,
    c.checkEvidence.map((check) => `${check.check} (${check.evidence})`).join("; "),
    formatCounts(c.findingCounts),
    c.designEvidence.join("; "),
    c.operatingEvidence.join("; "),
    c.evidence.join("; "),
    [
      ...c.manual.items.map(describeManual),
      ...(c.manualEvidence ?? []).map((ref) => `${ref} (unhashed reference)`)
    ].join("; "),
    c.manual.missing.join("; "),
    c.skippedChecks.map((s) => `${s.check} (skipped by ${s.by})`).join("; "),
    c.mappingOverrides.map((o) => `${o.check} ${o.change} by ${o.by}`).join("; "),
    [...c.soa.gaps, ...notes(c)].join("; ")
  ];
}
function describeManual(item) {
  return `${item.id} ${item.title}: ${item.state}, reviewed ${item.reviewed} (${item.ageDays} days before the period end), due ${item.due}, ${item.ref} sha256 ${item.sha256}${item.owner ? `, owner ${item.owner}` : ""}`;
}
function renderSoaMarkdown(report, meta) {
  const approval = meta.approval ?? {};
  const missing = (value, what) => value ? inline(value) : `**gap: no ${what}**`;
  const lines = [
    "# Statement of Applicability",
    "",
    `- SoA version: ${missing(approval.version, "SoA version (config `soa.version`)")}`,
    `- Approved by: ${missing(approval.approvedBy, "approver (config `soa.approved-by`)")}, on ${missing(approval.approvedOn, "approval date (config `soa.approved-on`)")}`,
    `- Scope: ${inline(meta.scope)}`,
    `- Period: ${meta.period.start} to ${meta.period.end}`,
    ...meta.tool ? [`- Tool: ${inline(meta.tool.name)} ${inline(meta.tool.version)}`] : [],
    ...meta.configSha256 ? [`- Config SHA-256: \`${meta.configSha256}\``] : [],
    ...meta.bundle ? [`- Bundle: \`${meta.bundle.key}\``, `- Manifest SHA-256: \`${meta.bundle.manifestSha256}\``] : [
      "- Bundle key and manifest SHA-256: this file is listed with its SHA-256 in the bundle's `manifest.json`, so it cannot contain that manifest's own digest. The bundle key is `bundleKey` in `manifest.json`; the manifest SHA-256 is `sha256sum manifest.json`, the chain link the next bundle records as `previous.manifestSha256` and the job summary prints."
    ],
    `- Generated from: \`${report.generatedFrom}\` (rows: \`controls.json\`; the same rows as \`soa.csv\`)`,
    "",
    "Automated result: `automated-pass` means the automated checks passed (partial evidence); `effective` means they passed and the manual evidence the control requires is present and current; `manual` means no automated check covers it; `not-applicable` means its checks found nothing to evaluate. Design evidence shows a setting is configured; operating evidence shows the control ran over the period's population. Findings are cited by id (`findings.json`)."
  ];
  for (const framework of FRAMEWORKS) {
    const fw = report.frameworks[framework];
    const summary = CONTROL_STATUSES.map((s) => `${fw.counts[s]} ${s}`).join(", ");
    const gaps = fw.controls.filter((c) => c.soa.gaps.length > 0).length;
    lines.push(
      "",
      `## ${inline(fw.title)}`,
      "",
      `${fw.controls.length} controls: ${summary}. ${gaps} with gaps in the SoA.`,
      "",
      "| Control | Title | Applicable | Justification | Implementation | Owner | Reviewed / next | Risks | Automated result | Checks | Design evidence | Operating evidence | Manual evidence | Gaps and notes |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    for (const c of fw.controls) {
      const manual = [
        ...c.manual.items.map(
          (m) => `${m.id} ${m.title} (${m.state}, ${m.ageDays} d, due ${m.due}, ${code(m.ref)})`
        ),
        ...(c.manualEvidence ?? []).map((ref) => `${ref} (unhashed)`),
        ...c.manual.missing.map(
          (id) => `missing: ${c.manual.requirements.find((r) => r.id === id)?.what ?? id}`
        )
      ];
      const cells = [
        c.id,
        c.title,
        c.applicable ? "yes" : "no",
        c.applicable ? c.soa.inclusion ?? "" : `excluded: ${c.soa.exclusion ?? ""}`,
        c.soa.implementation ?? "",
        c.soa.owner ?? "",
        [c.soa.lastReviewed ?? "\u2013", c.soa.nextReview ?? "\u2013"].join(" / "),
        c.soa.risks.join(", "),
        c.status,
        c.checkEvidence.map((check) => `${code(check.check)} (${check.evidence})`).join("<br>"),
        abbreviate(c.designEvidence.map(code)),
        abbreviate(c.operatingEvidence.map(code)),
        manual.join("<br>"),
        [
          ...c.skippedChecks.map((s) => `skipped: ${code(s.check)} by ${s.by}`),
          ...c.mappingOverrides.map((o) => `mapping: ${code(o.check)} ${o.change} by ${o.by}`),
          ...c.soa.gaps,
          ...notes(c)
        ].join("; ")
      ];
      lines.push(`| ${cells.map(cell).join(" | ")} |`);
    }
  }
  return lines.join("\n") + "\n";
}
function notes(c) {
  const out = [];
  if (c.status === "excluded" && c.findingCounts.fail > 0) {
    out.push(`excluded, but ${c.findingCounts.fail} automated finding(s) fail: ${c.failingChecks.join(", ")}`);
  }
  if (c.status === "failing") out.push(`failing: ${c.failingChecks.join(", ")}`);
  if (c.status === "error") out.push("evidence could not be collected or evaluated; not counted as a pass");
  return out;
}
function formatCounts(counts) {
  const parts = ["pass", "fail", "error", "not_applicable"].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return parts.join(", ");
}
function abbreviate(items, max = 3) {
  if (items.length <= max) return items.join("<br>");
  return [...items.slice(0, max), `+${items.length - max} more`].join("<br>");
}
function code(value) {
  return `\`${value.replaceAll("`", "'")}\``;
}
function inline(value) {
  return value.replace(/\s*[\r\n]+\s*/g, " ");
}
function cell(value) {
  return inline(value).replaceAll("|", "\\|");
}

// src/evidence/index.ts
var EvidenceIndex = class {
  byPath = /* @__PURE__ */ new Map();
  first = /* @__PURE__ */ new Map();
  constructor(records = []) {
    for (const record of records) this.put(record);
  }
  put(record) {
    this.byPath.set(record.path, record);
    const key = `${record.kind}\0${record.subject}`;
    const current = this.first.get(key);
    if (!current || record.path < current.path) this.first.set(key, record);
  }
  get(kind, subject) {
    return this.first.get(`${kind}\0${subject}`);
  }
  /** Every record of a kind, in subject then path order so findings come out in a stable order. */
  all(kind) {
    return [...this.byPath.values()].filter((record) => record.kind === kind).sort(
      (a, b) => a.subject.localeCompare(b.subject) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    );
  }
};

// src/sources/evidence.ts
function indexingSink(index, next) {
  return {
    async add(collected) {
      const record = redactValue(collected);
      index.put(record);
      await next.add(record);
    }
  };
}

export {
  sha256Hex,
  sha256File,
  canonicalJson,
  findingId,
  evaluateChecks,
  SOA_INPUTS_FILE,
  loadSoaBase,
  describeConfigDecisions,
  soaMetaOf,
  stringify,
  renderSoaCsv,
  renderSoaMarkdown,
  EvidenceIndex,
  indexingSink
};
//# sourceMappingURL=chunk-TBGHA4LN.js.map
