/**
 * What the benchmark and the SQL profile share: GraphQL over node:http, how the small zone and the township
 * are chosen, and the two scenario queries.
 */
import { Buffer } from 'node:buffer';
import http from 'node:http';

/** A bad option or argument: reported with the usage text, exit code 2. */
export class UsageError extends Error {}

// ------------------------------------------------------------------------------------------------ HTTP

/**
 * One GraphQL POST over a keep-alive agent to `endpoint` ({ url, token, timeoutMs }; the token, when there is
 * one, goes into the Authorization header). Resolves with status, body size and parsed JSON; rejects only on
 * transport failures (refused, reset, timeout).
 */
export function postGraphQL(agent, endpoint, payload) {
  const { url, token, timeoutMs } = endpoint;
  const body = Buffer.from(JSON.stringify(payload));
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port || 80,
        path: url.pathname + url.search,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          accept: 'application/graphql-response+json, application/json;q=0.9',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const buffer = Buffer.concat(chunks);
          let json = null;
          try {
            json = JSON.parse(buffer.toString('utf8'));
          } catch {
            // reported by the caller as a non-JSON answer
          }
          resolve({ status: response.statusCode, bytes: buffer.length, json });
        });
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    request.on('error', reject);
    request.end(body);
  });
}

/** Error text of a response, or null when it is a 200 with data and no GraphQL errors. */
export function responseError(response) {
  if (response.status !== 200) {
    const first = response.json?.errors?.[0]?.message;
    return `HTTP ${response.status}${first ? `: ${first}` : ''}`;
  }
  if (!response.json) return 'HTTP 200 with a body that is not JSON';
  if (Array.isArray(response.json.errors) && response.json.errors.length) {
    return `GraphQL error: ${response.json.errors[0].message}`;
  }
  if (response.json.data == null) return 'HTTP 200 without data';
  return null;
}

/** A setup query, which must succeed. */
export async function query(agent, endpoint, document, variables) {
  const response = await postGraphQL(agent, endpoint, { query: document, variables });
  const error = responseError(response);
  if (error) throw new Error(`setup query failed: ${error}`);
  return response.json.data;
}

const LOGIN = /* GraphQL */ `
  mutation BenchLogin($username: String!, $password: String!) {
    login(input: { username: $username, password: $password }) {
      token
      userErrors {
        message
      }
    }
  }
`;

/**
 * Logs in with a staff account and answers its access token, or null when the API has no `login` (a build from
 * before accounts existed, which answers every query anonymously).
 */
export async function login(agent, endpoint, username, password) {
  const response = await postGraphQL(
    agent,
    { ...endpoint, token: null },
    { query: LOGIN, variables: { username, password } },
  );
  const messages = (response.json?.errors ?? []).map((e) => e.message);
  if (messages.some((m) => /Cannot query field "login"/.test(m))) return null;
  const error = responseError(response);
  if (error) throw new Error(`login as ${username} failed: ${error}`);
  const { token, userErrors } = response.json.data.login;
  if (!token) throw new Error(`login as ${username} refused: ${userErrors.map((e) => e.message).join('; ')}`);
  return token;
}

// ----------------------------------------------------------------------------------- choosing targets

const SMALL_ZONES = /* GraphQL */ `
  query BenchSmallZones($within: String!, $after: String) {
    zones(filter: { level: SMALL_ZONE, withinCode: $within }, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        name
        households(first: 0) {
          totalCount
        }
        buildings(first: 0) {
          totalCount
        }
      }
    }
  }
`;

const TOWNSHIPS = /* GraphQL */ `
  query BenchTownships($within: String!, $after: String) {
    zones(filter: { level: TOWNSHIP, withinCode: $within }, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        name
        households(first: 0) {
          totalCount
        }
      }
    }
  }
`;

async function allZones(agent, endpoint, document, within) {
  const zones = [];
  let after = null;
  for (let page = 0; page < 1000; page += 1) {
    const { zones: connection } = await query(agent, endpoint, document, { within, after });
    zones.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return zones.map((zone) => ({
    code: zone.code,
    name: zone.name,
    households: zone.households.totalCount,
    buildings: zone.buildings?.totalCount,
  }));
}

/** The small zone whose household count is closest to 100 (among those whose buildings fit one page of 100). */
export async function pickSmallZone(agent, endpoint, options) {
  const zones = await allZones(agent, endpoint, SMALL_ZONES, options.county);
  if (options.zone) {
    const zone = zones.find((z) => z.code === options.zone);
    if (!zone) throw new UsageError(`--zone ${options.zone} is not a small zone of ${options.county}.`);
    return { zone, candidates: zones.length };
  }
  const fitting = zones.filter((z) => z.buildings <= 100 && z.households > 0);
  if (!fitting.length)
    throw new Error(`no small zone with households found under ${options.county}; is the demo seeded?`);
  fitting.sort(
    (a, b) => Math.abs(a.households - 100) - Math.abs(b.households - 100) || a.code.localeCompare(b.code),
  );
  return { zone: fitting[0], candidates: zones.length };
}

export async function pickTownship(agent, endpoint, options) {
  const zones = await allZones(agent, endpoint, TOWNSHIPS, options.county);
  if (options.township) {
    const zone = zones.find((z) => z.code === options.township);
    if (!zone) throw new UsageError(`--township ${options.township} is not a township of ${options.county}.`);
    return { zone, candidates: zones.length };
  }
  if (!zones.length) throw new Error(`no township found under ${options.county}; is the demo seeded?`);
  zones.sort((a, b) => b.households - a.households || a.code.localeCompare(b.code));
  return { zone: zones[0], candidates: zones.length };
}

// ------------------------------------------------------------------------------------------ scenarios

export const NESTED_SMALL_ZONE = /* GraphQL */ `
  query BenchNestedSmallZone($code: String!) {
    zone(code: $code) {
      code
      name
      buildings(first: 100) {
        pageInfo {
          hasNextPage
        }
        nodes {
          number
          address
          households {
            number
            status
            stage
            kind
            presentMale
            presentFemale
            phone
            persons {
              name
              relationship
              sex
              birthYear
              birthMonth
              citizenId
              registered
              resident
            }
          }
        }
      }
    }
  }
`;

export const TOWNSHIP_HOUSEHOLDS = /* GraphQL */ `
  query BenchTownshipHouseholds($zoneCode: String!, $after: String) {
    households(filter: { zoneCode: $zoneCode }, first: 50, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        number
        status
        stage
        smallZoneCode
      }
    }
  }
`;

export function nestedSmallZoneScenario(zone) {
  return {
    id: 'a',
    name: 'nested small zone',
    description: `zone ${zone.code} -> buildings(first: 100) -> households -> persons`,
    target: zone,
    /** What the first answer held (set by describeNested): every later answer must hold as much. */
    /** @type {{ buildings: number; households: number; persons: number } | null} */
    expected: null,
    payload: () => ({ query: NESTED_SMALL_ZONE, variables: { code: zone.code } }),
    /** Checks the shape and that nothing is missing; answers an error text or null. */
    check(data) {
      const nodes = data.zone?.buildings?.nodes;
      if (!Array.isArray(nodes)) return `zone ${zone.code} missing or without buildings in the answer`;
      if (this.expected) {
        let households = 0;
        let persons = 0;
        for (const building of nodes) {
          households += building.households.length;
          for (const household of building.households) persons += household.persons.length;
        }
        if (
          nodes.length !== this.expected.buildings ||
          households !== this.expected.households ||
          persons !== this.expected.persons
        ) {
          return `incomplete answer: ${nodes.length} buildings, ${households} households, ${persons} persons instead of ${this.expected.buildings}, ${this.expected.households}, ${this.expected.persons}`;
        }
      }
      return null;
    },
  };
}

export function townshipHouseholdsScenario(zone) {
  return {
    id: 'b',
    name: 'township households, paged',
    description: `households(filter: { zoneCode: ${zone.code} }, first: 50, after: cursor), each connection walking its own cursor`,
    target: zone,
    newUser: () => ({ after: null, pages: 0, laps: 0 }),
    payload: (user) => ({
      query: TOWNSHIP_HOUSEHOLDS,
      variables: { zoneCode: zone.code, after: user.after },
    }),
    check(data, user) {
      const connection = data.households;
      if (!connection || !Array.isArray(connection.nodes) || !connection.pageInfo)
        return 'households connection missing in the answer';
      if (connection.nodes.length > 50)
        return `page of ${connection.nodes.length} households, more than first: 50`;
      if (connection.pageInfo.hasNextPage && !connection.pageInfo.endCursor)
        return 'hasNextPage without endCursor';
      if (connection.pageInfo.hasNextPage && connection.nodes.length !== 50)
        return `short page of ${connection.nodes.length} households before the end`;
      if (connection.totalCount !== zone.households)
        return `totalCount ${connection.totalCount} instead of ${zone.households}`;
      user.pages += 1;
      if (connection.pageInfo.hasNextPage) {
        user.after = connection.pageInfo.endCursor;
      } else {
        user.after = null;
        user.laps += 1;
      }
      return null;
    },
  };
}

/** Describes the answer of scenario A once, so the report says what one request carries and checks hold it to that. */
export async function describeNested(agent, endpoint, scenario) {
  const response = await postGraphQL(agent, endpoint, scenario.payload());
  const error = responseError(response) ?? scenario.check(response.json.data);
  if (error) throw new Error(`scenario A does not answer correctly: ${error}`);
  const buildings = response.json.data.zone.buildings;
  const households = buildings.nodes.flatMap((b) => b.households);
  const persons = households.reduce((n, h) => n + h.persons.length, 0);
  scenario.expected = { buildings: buildings.nodes.length, households: households.length, persons };
  return {
    buildings: buildings.nodes.length,
    buildingsTruncated: buildings.pageInfo.hasNextPage,
    households: households.length,
    persons,
    bytes: response.bytes,
  };
}

// ------------------------------------------------------------------------------------------------ stats

/** Nearest-rank percentile of a sorted array. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function round(value, digits) {
  if (value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
