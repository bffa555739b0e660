// Angular (standalone component): CUSTOM_ELEMENTS_SCHEMA lets the template use pt-* tags;
// [guided] binds the DOM property, (pt-gate-change) listens.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { PtGateChangeDetail } from 'pt-explainers/classes';
import 'pt-explainers/gate-control';

@Component({
  selector: 'app-pain-explainer',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <pt-gate-control pain="70" [guided]="guided" theme="light" (pt-gate-change)="onChange($event)"></pt-gate-control>
    <p>Signal reaching the brain: {{ signal ?? '–' }}</p>
  `,
})
export class PainExplainerComponent {
  guided = false;
  signal: number | null = null;
  onChange(event: Event): void {
    this.signal = (event as CustomEvent<PtGateChangeDetail>).detail.signal;
  }
}
