import { isPlainText, refusingUnsafeText } from '@yifa/domain';
import { APPLICANT_KINDS, OUTCOME_GROUPS, OUTCOMES, type OutcomeCode } from '@yifa/domain/disclosure-request';
import { formatDateZh } from '@yifa/domain/calendar';
import {
  DELIVERY_METHODS,
  INFORMATION_FORMS,
  REQUEST_STATUSES,
  ZApplicantInput,
  type ApplicantInput,
  type RequestStatus,
} from '@yifa/domain/disclosure-request';
import type { FastifyPluginAsync } from 'fastify';
import {
  html,
  issueHumanCheck,
  pick,
  PUBLIC_SUBMIT_RATE_LIMIT,
  publicContext,
  sendPage,
  verifyHumanCheck,
  type PublicLang,
  type PublicText,
  type SafeHtml,
} from '../../platform/public-site/index.ts';
import type { RequestRow } from './repository.ts';
import { submitPublicApplication } from './use-cases/submit-public-application.ts';
import { trackPublicApplication } from './use-cases/track-public-application.ts';

const T = {
  apply: { zh: '政府信息公开申请', en: 'Apply for government information' },
  track: { zh: '申请办理进度查询', en: 'Track an application' },
  intro: {
    zh: '依据《中华人民共和国政府信息公开条例》第二十九条，请填写以下内容。带 * 的为必填项。网络申请以本机关与您确认之日为收到申请之日（条例第三十一条），工作人员将通过您留下的联系方式确认。',
    en: 'Fill in the form (Art. 29 of the Regulation). Fields marked * are required. An online application is received on the day the office confirms it with you (Art. 31).',
  },
  applicant: { zh: '申请人信息', en: 'Applicant' },
  kind: { zh: '申请人类型', en: 'Applicant type' },
  name: { zh: '姓名或名称', en: 'Name' },
  idNumber: { zh: '身份证号码（自然人）', en: 'ID number (natural person)' },
  creditCode: { zh: '统一社会信用代码（法人或其他组织）', en: 'Unified social credit code (organisation)' },
  contactPerson: { zh: '联系人（法人或其他组织）', en: 'Contact person (organisation)' },
  phone: { zh: '联系电话', en: 'Phone' },
  address: { zh: '通信地址', en: 'Postal address' },
  email: { zh: '电子邮箱', en: 'Email' },
  contactHint: { zh: '联系电话、通信地址、电子邮箱至少填写一项。', en: 'Give at least one of phone, address or email.' },
  info: { zh: '所需信息', en: 'Information sought' },
  description: {
    zh: '所需政府信息的名称、文号或者便于查询的其他特征性描述',
    en: 'Title, document number or another description of the information',
  },
  forms: { zh: '信息的形式要求', en: 'Form wanted' },
  delivery: { zh: '获取信息的方式', en: 'How to receive it' },
  check: { zh: '验证', en: 'Check' },
  submit: { zh: '提交申请', en: 'Submit' },
  submitted: { zh: '申请已提交', en: 'Application submitted' },
  keep: {
    zh: '请记下以下查询号和查询密码，凭此查询办理进度。查询密码只显示这一次，本机关不保存密码原文。',
    en: 'Keep this number and secret to follow your application. The secret is shown only once; the office does not keep it.',
  },
  number: { zh: '查询号', en: 'Tracking number' },
  secret: { zh: '查询密码', en: 'Secret' },
  goTrack: { zh: '查询办理进度', en: 'Track it' },
  status: { zh: '办理状态', en: 'Status' },
  arrivedOn: { zh: '提交日期', en: 'Submitted' },
  receivedOn: { zh: '收到申请日期', en: 'Received' },
  dueOn: { zh: '答复期限', en: 'Reply due' },
  outcome: { zh: '答复结果', en: 'Outcome' },
  repliedOn: { zh: '答复日期', en: 'Replied' },
  notConfirmed: { zh: '待确认', en: 'not yet confirmed' },
  stopped: { zh: '暂停计算（补正或征求意见期间）', en: 'paused (correction or consultation)' },
  trackIntro: { zh: '请输入提交申请时获得的查询号和查询密码。', en: 'Enter the number and secret you were given.' },
  query: { zh: '查询', en: 'Look up' },
  notFound: { zh: '查询号或查询密码不正确。', en: 'No application matches this number and secret.' },
  required: { zh: '（必填）', en: '(required)' },
  errorsTitle: { zh: '请修改以下内容：', en: 'Please correct:' },
} satisfies Record<string, PublicText>;

const opt = (lang: PublicLang, values: Record<string, PublicText>, selected: string | undefined) =>
  Object.entries(values).map(
    ([code, t]) => html`<option value="${code}" ${selected === code ? html` selected` : ''}>${pick(lang, t)}</option>`,
  );

type FormValues = Partial<Record<keyof ApplicantInput, string | string[]>>;

function field(
  lang: PublicLang,
  name: string,
  label: PublicText,
  value: string | undefined,
  opts: { required?: boolean; type?: string; autocomplete?: string } = {},
): SafeHtml {
  return html`<label for="f-${name}">${pick(lang, label)}${opts.required ? html` <span aria-hidden="true">*</span>` : ''}</label>
    <input
      id="f-${name}"
      name="${name}"
      type="${opts.type ?? 'text'}"
      value="${value ?? ''}"
      ${opts.required ? html` required aria-required="true"` : ''}${opts.autocomplete ? html` autocomplete="${opts.autocomplete}"` : ''}
    />`;
}

function applyForm(lang: PublicLang, code: string, token: string, question: PublicText, v: FormValues, errors: string[]): SafeHtml {
  const str = (k: keyof ApplicantInput) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const forms = Array.isArray(v.forms) ? v.forms : v.forms ? [v.forms] : ['electronic'];
  return html`${
    errors.length
      ? html`<div class="errors" role="alert">
            <p>${pick(lang, T.errorsTitle)}</p>
            <ul>
              ${errors.map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>`
      : ''
  }
    <p class="notice">${pick(lang, T.intro)}</p>
    <form method="post" action="/gk/${code}/requests/apply">
      <fieldset>
        <legend>${pick(lang, T.applicant)}</legend>
        <label for="f-applicantKind">${pick(lang, T.kind)} <span aria-hidden="true">*</span></label>
        <select id="f-applicantKind" name="applicantKind" required aria-required="true">
          ${opt(lang, APPLICANT_KINDS, str('applicantKind') ?? 'natural')}
        </select>
        ${field(lang, 'applicantName', T.name, str('applicantName'), { required: true, autocomplete: 'name' })}
        ${field(lang, 'idNumber', T.idNumber, str('idNumber'))} ${field(lang, 'creditCode', T.creditCode, str('creditCode'))}
        ${field(lang, 'contactPerson', T.contactPerson, str('contactPerson'))}
        <p class="hint" id="contact-hint">${pick(lang, T.contactHint)}</p>
        ${field(lang, 'phone', T.phone, str('phone'), { type: 'tel', autocomplete: 'tel' })}
        ${field(lang, 'address', T.address, str('address'), { autocomplete: 'street-address' })}
        ${field(lang, 'email', T.email, str('email'), { type: 'email', autocomplete: 'email' })}
      </fieldset>
      <fieldset>
        <legend>${pick(lang, T.info)}</legend>
        <label for="f-description">${pick(lang, T.description)} <span aria-hidden="true">*</span></label>
        <textarea id="f-description" name="description" required aria-required="true" maxlength="2000">
${str('description') ?? ''}</textarea>
        <fieldset>
          <legend>${pick(lang, T.forms)}</legend>
          ${Object.entries(INFORMATION_FORMS).map(([c, t]) => html`<div><input type="checkbox" id="f-forms-${c}" name="forms" value="${c}" ${forms.includes(c) ? html` checked` : ''} /> <label class="inline" for="f-forms-${c}" style="display:inline;font-weight:400">${pick(lang, t)}</label></div>`)}
        </fieldset>
        <label for="f-deliveryMethod">${pick(lang, T.delivery)} <span aria-hidden="true">*</span></label>
        <select id="f-deliveryMethod" name="deliveryMethod" required aria-required="true">
          ${opt(lang, DELIVERY_METHODS, str('deliveryMethod') ?? 'email')}
        </select>
      </fieldset>
      <fieldset>
        <legend>${pick(lang, T.check)}</legend>
        <label for="f-humanAnswer">${pick(lang, question)} <span aria-hidden="true">*</span></label>
        <input id="f-humanAnswer" name="humanAnswer" inputmode="numeric" autocomplete="off" required aria-required="true" size="4" />
        <input type="hidden" name="humanToken" value="${token}" />
      </fieldset>
      <p><button type="submit">${pick(lang, T.submit)}</button></p>
    </form>`;
}

function trackForm(lang: PublicLang, code: string, number = ''): SafeHtml {
  return html`<p>${pick(lang, T.trackIntro)}</p>
    <form method="post" action="/gk/${code}/requests/track">
      ${field(lang, 'number', T.number, number, { required: true, autocomplete: 'off' })}
      ${field(lang, 'secret', T.secret, '', { required: true, type: 'password', autocomplete: 'off' })}
      <p><button type="submit">${pick(lang, T.query)}</button></p>
    </form>`;
}

/** '不予公开：属于国家秘密', '部分公开': the table-3 group in short, then the row when it says more. */
function outcomeText(lang: PublicLang, outcome: (typeof OUTCOMES)[OutcomeCode]): string {
  const group = pick(lang, OUTCOME_GROUPS[outcome.group])
    .replace(/^（.）/, '')
    .replace(/（.*）$/, '');
  const row = pick(lang, outcome);
  return group === row || outcome.group === 'granted' || outcome.group === 'partial' ? row : `${group}：${row}`;
}

/** What the applicant may see of their application: its steps and dates, never anything of staff or third parties. */
function statusTable(lang: PublicLang, row: RequestRow): SafeHtml {
  const d = (v: string | null) => (v ? (lang === 'en' ? v : formatDateZh(v)) : '');
  const outcome = row.outcome && row.closedOn ? OUTCOMES[row.outcome as OutcomeCode] : null;
  return html`<table>
    <tbody>
      <tr>
        <th scope="row">${pick(lang, T.number)}</th>
        <td>${row.number}</td>
      </tr>
      <tr>
        <th scope="row">${pick(lang, T.status)}</th>
        <td><strong>${pick(lang, REQUEST_STATUSES[row.status as RequestStatus])}</strong></td>
      </tr>
      <tr>
        <th scope="row">${pick(lang, T.arrivedOn)}</th>
        <td>${d(row.arrivedOn)}</td>
      </tr>
      <tr>
        <th scope="row">${pick(lang, T.receivedOn)}</th>
        <td>${row.receivedOn ? d(row.receivedOn) : pick(lang, T.notConfirmed)}</td>
      </tr>
      ${
        row.status !== 'replied' && row.receivedOn
          ? html`<tr>
              <th scope="row">${pick(lang, T.dueOn)}</th>
              <td>${row.replyDueOn ? d(row.replyDueOn) : pick(lang, T.stopped)}</td>
            </tr>`
          : ''
      }
      ${
        outcome
          ? html`<tr>
                <th scope="row">${pick(lang, T.outcome)}</th>
                <td>${outcomeText(lang, outcome)}</td>
              </tr>
              <tr>
                <th scope="row">${pick(lang, T.repliedOn)}</th>
                <td>${d(row.closedOn)}</td>
              </tr>`
          : ''
      }
    </tbody>
  </table>`;
}

function formValues(body: Record<string, string | string[]>): FormValues {
  const v: FormValues = {};
  for (const k of [
    'applicantKind',
    'applicantName',
    'idNumber',
    'creditCode',
    'contactPerson',
    'phone',
    'address',
    'email',
    'description',
    'deliveryMethod',
  ] as const) {
    const x = body[k];
    if (typeof x === 'string') v[k] = x;
  }
  v.forms = typeof body.forms === 'string' ? [body.forms] : Array.isArray(body.forms) ? body.forms : [];
  return v;
}

/**
 * The public pages of the module (/gk/<code>/requests/…): the application form (条例第二十七条、第二十九条;
 * 第四十三条 asks for help to applicants with difficulties, so the page is plain, accessible HTML) and the
 * tracking page. A script is kept out by the rate limit and the human check.
 */
export const disclosureRequestPublicRoutes: FastifyPluginAsync = async (site) => {
  const secrets = site.ctx.secrets;

  site.get('/requests/apply', async (request, reply) => {
    const { township, lang } = publicContext(request);
    const check = issueHumanCheck(secrets);
    return sendPage(reply, request, {
      title: pick(lang, T.apply),
      crumbs: [],
      body: html`${applyForm(lang, township.code, check.token, check.question, {}, [])}
        <p><a href="/gk/${township.code}/requests/track">${pick(lang, T.track)}</a></p>`,
    });
  });

  site.post('/requests/apply', { config: { rateLimit: PUBLIC_SUBMIT_RATE_LIMIT } }, async (request, reply) => {
    const { township, lang } = publicContext(request);
    const body = (request.body ?? {}) as Record<string, string | string[]>;
    const values = formValues(body);
    const again = (errors: string[]) => {
      const check = issueHumanCheck(secrets);
      return sendPage(
        reply,
        request,
        {
          title: pick(lang, T.apply),
          crumbs: [],
          body: html`${applyForm(lang, township.code, check.token, check.question, values, errors)}`,
        },
        400,
      );
    };
    const one = (x: string | string[] | undefined) => (typeof x === 'string' ? x : undefined);
    if (!(await verifyHumanCheck(request.server.ctx.db, secrets, one(body.humanToken), one(body.humanAnswer)))) {
      return again([lang === 'en' ? 'The check answer is wrong or expired.' : '验证题答案不正确或已过期，请重新作答。']);
    }
    // The form bypasses the route validator (it answers with the page, not JSON): refuse NUL and lone surrogates here too.
    const parsed = refusingUnsafeText(ZApplicantInput).safeParse({
      ...values,
      idNumber: values.idNumber || null,
      creditCode: values.creditCode || null,
    });
    if (!parsed.success) return again(parsed.error.issues.map((i) => i.message));
    const { row, secret } = await submitPublicApplication(request.server.ctx, township.id, parsed.data);
    return sendPage(
      reply,
      request,
      {
        title: pick(lang, T.submitted),
        crumbs: [],
        body: html`<p class="notice">${pick(lang, T.keep)}</p>
          <table>
            <tbody>
              <tr>
                <th scope="row">${pick(lang, T.number)}</th>
                <td><strong data-testid="tracking-number">${row.number}</strong></td>
              </tr>
              <tr>
                <th scope="row">${pick(lang, T.secret)}</th>
                <td><strong data-testid="tracking-secret">${secret}</strong></td>
              </tr>
            </tbody>
          </table>
          <p>
            <a class="button" href="/gk/${township.code}/requests/track?number=${encodeURIComponent(row.number)}"
              >${pick(lang, T.goTrack)}</a
            >
          </p>`,
      },
      201,
    );
  });

  site.get('/requests/track', async (request, reply) => {
    const { township, lang } = publicContext(request);
    const number = String((request.query as { number?: unknown }).number ?? '').slice(0, 20);
    return sendPage(reply, request, { title: pick(lang, T.track), crumbs: [], body: html`${trackForm(lang, township.code, number)}` });
  });

  // POST, so that the secret stays out of addresses and logs; rate-limited against guessing.
  site.post('/requests/track', { config: { rateLimit: { max: 20, timeWindow: '10 minutes' } } }, async (request, reply) => {
    const { township, lang } = publicContext(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const number = typeof body.number === 'string' ? body.number.trim().toUpperCase().slice(0, 20) : '';
    const secret = typeof body.secret === 'string' ? body.secret.trim().slice(0, 40) : '';
    const row =
      number && secret && isPlainText(number) && isPlainText(secret)
        ? await trackPublicApplication(request.server.ctx, township.id, number, secret)
        : null;
    if (!row) {
      return sendPage(
        reply,
        request,
        {
          title: pick(lang, T.track),
          crumbs: [],
          body: html`<div class="errors" role="alert"><p>${pick(lang, T.notFound)}</p></div>
            ${trackForm(lang, township.code, number)}`,
        },
        404,
      );
    }
    return sendPage(reply, request, { title: pick(lang, T.track), crumbs: [], body: html`${statusTable(lang, row)}` });
  });
};
